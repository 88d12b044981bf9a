package org.waymark.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The light and dark themes: AtlantaFX's Primer under the app's own stylesheet. */
public final class Theme {

    private Theme() {}

    /** Switches the whole application to "light" or "dark". */
    public static void apply(String theme) {
        // The binary (pre-parsed) form of the theme: parsing its 170 kB of CSS was a large part of the first frame.
        Application.setUserAgentStylesheet("dark".equals(theme) ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Adds the app's stylesheet (BRAG colours, views, status bar) and its keyboard rules (Tab moves focus) to a scene. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(stylesheet());
        InputRules.install(scene);
    }

    public static String stylesheet() { return Theme.class.getResource("waymark.css").toExternalForm(); }
}
