package org.waymark.ui.shell;

import javafx.scene.Parent;
import org.waymark.app.infra.Preferences;
import org.waymark.ui.widgets.Icons;

/**
 * View › Zoom: the whole window's size, 100 % to 200 %. The theme and our stylesheet size text (and much spacing)
 * in em, so setting the root's font size scales everything at once, as browser zoom does; images sized in em follow
 * too. Icons are scaled by a factor instead ({@link Icons}), set here once per change.
 * <p>
 * Pop-ups (menus, drop-down lists, date pickers, tooltips) are windows of their own, but they take their CSS from
 * the control that opened them, so the root's font size reaches them; dialogs are decorated like the window.
 */
public final class UiZoom {

    /** The theme's own root font size, in px, at 100 %. */
    static final double BASE_FONT_PX = 14;
    static final int STEP = 25;

    private static volatile int percent = Preferences.MIN_ZOOM;

    private UiZoom() {}

    public static int percent() { return percent; }

    /** Sets the zoom for roots decorated from now on; clamps to 100–200 %. */
    public static int set(int p) {
        percent = clamp(p);
        return percent;
    }

    public static int larger(int p) { return clamp(p + STEP); }

    public static int smaller(int p) { return clamp(p - STEP); }

    static int clamp(int p) { return Math.max(Preferences.MIN_ZOOM, Math.min(Preferences.MAX_ZOOM, p)); }

    /** The widest a tooltip grows before it wraps, in em: about 70 characters a line. */
    static final double TOOLTIP_EM = 36;
    private static boolean tooltipsWrap;

    /**
     * Tooltips wrap at {@link #TOOLTIP_EM} em of the current zoom. JavaFX's tooltips keep their text on one line, and a
     * long one at 200 % was wider than a laptop's screen; each tooltip is a window, so this is done as each one shows.
     */
    static void wrapTooltips() {
        if (tooltipsWrap) return;
        tooltipsWrap = true;
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                for (javafx.stage.Window w : c.getAddedSubList()) {
                    if (w instanceof javafx.scene.control.Tooltip tip) {
                        tip.setWrapText(true);
                        tip.setMaxWidth(TOOLTIP_EM * BASE_FONT_PX * percent / 100.0);
                    }
                }
            }
        });
    }

    /** Sets the root's font size, keeping any other inline style it has, and the icons' scale (FX thread). */
    static void applyTo(Parent root) {
        Icons.zoom(percent / 100.0);
        String style = root.getStyle() == null ? "" : root.getStyle().replaceAll("-fx-font-size:[^;]*;\\s*", "");
        root.setStyle("-fx-font-size: " + BASE_FONT_PX * percent / 100.0 + "px; " + style);
    }
}
