package org.waymark.ui.widgets;

import javafx.scene.paint.Color;
import org.waymark.domain.Brag;

/**
 * The BRAG chip colours for drawing on a Canvas, where CSS does not reach. They are the values of -wm-red,
 * -wm-amber, -wm-green and -wm-blue in waymark.css (a test holds them equal), with the chip's text colour.
 */
public final class BragPalette {

    private BragPalette() {}

    public static Color fill(Brag b) {
        return switch (b) {
            case RED -> Color.web("#B3261E");
            case AMBER -> Color.web("#FFB81C");
            case GREEN -> Color.web("#006747");
            case BLUE -> Color.web("#005EB8");
        };
    }

    /** Text on the chip colour: white, except dark on amber, so that it meets WCAG AA contrast. */
    public static Color text(Brag b) {
        return b == Brag.AMBER ? Color.web("#212B32") : Color.WHITE;
    }
}
