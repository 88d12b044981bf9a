package org.waymark.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.util.List;

/**
 * The light, dark and high-contrast themes: AtlantaFX's Primer under the app's own stylesheets. High contrast is
 * Primer Dark with its colour variables replaced (high-contrast.css, active under the root's theme class), so
 * every control the theme draws takes the AAA colours without a third copy of the theme.
 */
public final class Theme {

    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    public static final String HIGH_CONTRAST = "high-contrast";
    public static final List<String> ALL = List.of(LIGHT, DARK, HIGH_CONTRAST);

    private static volatile String current = LIGHT;

    private Theme() {}

    /** Switches the whole application to one of {@link #ALL}; an unknown name (an old preferences file) is light. */
    public static void apply(String theme) {
        current = ALL.contains(theme) ? theme : LIGHT;
        // The binary (pre-parsed) form of the theme: parsing its 170 kB of CSS was a large part of the first frame.
        Application.setUserAgentStylesheet(LIGHT.equals(current) ? new PrimerLight().getUserAgentStylesheetBSS() : new PrimerDark().getUserAgentStylesheetBSS());
    }

    public static String current() { return current; }

    /** The name a menu or the preferences show for a theme. */
    public static String label(String theme) {
        return switch (theme) {
            case DARK -> "Dark";
            case HIGH_CONTRAST -> "High contrast";
            default -> "Light";
        };
    }

    /** Adds the app's stylesheets (BRAG colours, views, status bar, high contrast) and its keyboard rules (Tab moves focus) to a scene. */
    public static void style(Scene scene) {
        scene.getStylesheets().addAll(stylesheet(), highContrastStylesheet());
        InputRules.install(scene);
        UiZoom.wrapTooltips();
        decorate(scene.getRoot());
    }

    /** Marks a scene's root with the current theme and zoom; call again after either changes. */
    public static void decorate(Parent root) {
        root.getStyleClass().removeIf(c -> c.startsWith("theme-"));
        root.getStyleClass().add("theme-" + current);
        UiZoom.applyTo(root);
    }

    public static String stylesheet() { return Theme.class.getResource("waymark.css").toExternalForm(); }

    public static String highContrastStylesheet() { return Theme.class.getResource("high-contrast.css").toExternalForm(); }
}
