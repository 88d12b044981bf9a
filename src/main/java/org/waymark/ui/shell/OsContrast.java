package org.waymark.ui.shell;

import java.util.Locale;

/**
 * Whether Windows is in high-contrast mode. JavaFX 21 has no public call for it (Platform.Preferences came in 22),
 * but AWT reports the Windows setting as the desktop property {@code win.highContrast.on}; elsewhere this is false.
 */
final class OsContrast {

    private OsContrast() {}

    static boolean highContrastOn() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) return false;
        try {
            return Boolean.TRUE.equals(java.awt.Toolkit.getDefaultToolkit().getDesktopProperty("win.highContrast.on"));
        } catch (RuntimeException | Error e) {
            return false;   // no AWT in this runtime: keep the chosen theme
        }
    }

    /** The theme to start in: high contrast while Windows asks for it, otherwise the one the user chose. */
    static String startTheme(String chosen) {
        return highContrastOn() ? Theme.HIGH_CONTRAST : chosen;
    }
}
