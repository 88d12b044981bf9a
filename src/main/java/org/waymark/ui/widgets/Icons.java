package org.waymark.ui.widgets;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Group;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icons that grow with View › Zoom. An icon's size at 100 % stays where it is set (the theme, or -fx-icon-size in px
 * in our stylesheets); the zoom scales the icon node by a factor bound to {@link #scale()}, set once per zoom change.
 * The icon sits in a Group, whose layout bounds include that scale, so the button or label around it makes room.
 * <p>
 * Why not em in -fx-icon-size: the icon font writes its size back into its own inline -fx-font-size, which is what an
 * em there is measured against, so each CSS pass grew the icon again and the FX thread never settled. Here nothing in
 * layout or CSS writes to the factor.
 */
public final class Icons {

    private static final ReadOnlyDoubleWrapper SCALE = new ReadOnlyDoubleWrapper(1);

    private Icons() {}

    /** An icon of the theme's size for where it is, grown by the zoom. */
    public static Node of(Ikon ikon) { return zoomed(new FontIcon(ikon)); }

    /** An icon with a style class of ours (which may set its size at 100 %), grown by the zoom. */
    public static Node of(Ikon ikon, String styleClass) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add(styleClass);
        return zoomed(icon);
    }

    /** Wraps an icon so that it scales with the zoom; the binding is weak, so icons thrown away are not kept. */
    public static Group zoomed(FontIcon icon) {
        icon.scaleXProperty().bind(SCALE.getReadOnlyProperty());
        icon.scaleYProperty().bind(SCALE.getReadOnlyProperty());
        Group g = new Group(icon);
        g.getStyleClass().add("wm-icon");
        return g;
    }

    /** The zoom as a factor (1 at 100 %, 2 at 200 %). */
    public static ReadOnlyDoubleProperty scale() { return SCALE.getReadOnlyProperty(); }

    /** Called by the zoom, on the FX thread, once per change. */
    public static void zoom(double factor) { SCALE.set(factor); }
}
