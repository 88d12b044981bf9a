package org.waymark.domain.spc;

/** Whether the latest limits say the target will be met: reliably, never, or sometimes. */
public enum AssuranceIcon {
    PASS("pass", "Consistently passing the target", "P", IconColour.BLUE),
    FAIL("fail", "Consistently failing the target", "F", IconColour.ORANGE),
    HIT_AND_MISS("hit-and-miss", "Hit and miss: the target lies inside the limits", "?", IconColour.GREY),
    NONE("none", "No assurance icon: no target, no improvement direction or no limits", "–", IconColour.NONE);

    private final String code;
    private final String label;
    private final String letter;
    private final IconColour colour;

    AssuranceIcon(String code, String label, String letter, IconColour colour) {
        this.code = code;
        this.label = label;
        this.letter = letter;
        this.colour = colour;
    }

    public String code() { return code; }

    public String label() { return label; }

    public String letter() { return letter; }

    public IconColour colour() { return colour; }
}
