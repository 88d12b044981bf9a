package org.waymark.domain.spc;

/** The Making Data Count colours, as roles; each front end maps them to its own paint. */
public enum IconColour {
    BLUE(0x00, 0x5E, 0xB8), ORANGE(0xED, 0x8B, 0x00), GREY(0x76, 0x86, 0x92), PURPLE(0x7C, 0x28, 0x55), NONE(0xAE, 0xB7, 0xBD);

    public final int red;
    public final int green;
    public final int blue;

    IconColour(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    /** The colour as #rrggbb, for SVG and CSS. */
    public String hex() { return String.format("#%02x%02x%02x", red, green, blue); }

    public static IconColour of(PointType t) {
        return switch (t) {
            case COMMON_CAUSE -> GREY;
            case IMPROVEMENT -> BLUE;
            case CONCERN -> ORANGE;
            case NEITHER -> PURPLE;
        };
    }
}
