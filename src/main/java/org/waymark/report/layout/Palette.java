package org.waymark.report.layout;

import org.waymark.domain.Brag;

/**
 * NHS identity colours. BRAG fills are chosen so their letter text meets WCAG AA contrast (4.5:1): white on
 * NHS Red, Dark Green and NHS Blue, near-black on Warm Yellow. The letter is always printed too.
 */
public final class Palette {

    public static final Rgb NHS_BLUE = Rgb.hex("#005EB8");
    public static final Rgb DARK_BLUE = Rgb.hex("#003087");
    public static final Rgb LIGHT_BLUE = Rgb.hex("#41B6E6");
    public static final Rgb AQUA = Rgb.hex("#00A9CE");
    public static final Rgb TEXT = Rgb.hex("#212B32");
    public static final Rgb DARK_GREY = Rgb.hex("#425563");
    public static final Rgb MID_GREY = Rgb.hex("#768692");
    public static final Rgb PALE_GREY = Rgb.hex("#E8EDEE");
    public static final Rgb ROW_TINT = Rgb.hex("#F4F6F7");
    public static final Rgb RULE = Rgb.hex("#AEB7BD");
    public static final Rgb WHITE = new Rgb(1, 1, 1);
    public static final Rgb RED = Rgb.hex("#DA291C");
    public static final Rgb WARM_YELLOW = Rgb.hex("#FFB81C");
    public static final Rgb DARK_GREEN = Rgb.hex("#006747");
    public static final Rgb ORANGE = Rgb.hex("#ED8B00");
    /** NHS Purple: the regime steps on the timeline, apart from today's red and the board's blue. */
    public static final Rgb PURPLE = Rgb.hex("#330072");
    /** NHS Dark Red for warning text: NHS Red text on the tinted table rows falls just short of 4.5:1. */
    public static final Rgb RED_TEXT = Rgb.hex("#8A1538");

    private Palette() {}

    public static Rgb fill(Brag b) {
        return switch (b) {
            case RED -> RED;
            case AMBER -> WARM_YELLOW;
            case GREEN -> DARK_GREEN;
            case BLUE -> NHS_BLUE;
        };
    }

    public static Rgb ink(Brag b) { return b == Brag.AMBER ? TEXT : WHITE; }
}
