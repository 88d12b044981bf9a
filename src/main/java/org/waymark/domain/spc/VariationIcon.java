package org.waymark.domain.spc;

/**
 * The variation icon, read from the latest point. Each carries a letter and a shape as well as its conventional
 * colour (improvement blue, concern orange, common cause grey, neither purple) so it never relies on colour alone.
 */
public enum VariationIcon {
    COMMON_CAUSE("common-cause", "Common cause variation", "C", IconColour.GREY),
    IMPROVEMENT_HIGH("improvement-high", "Special cause improvement, high", "I", IconColour.BLUE),
    IMPROVEMENT_LOW("improvement-low", "Special cause improvement, low", "I", IconColour.BLUE),
    CONCERN_HIGH("concern-high", "Special cause concern, high", "!", IconColour.ORANGE),
    CONCERN_LOW("concern-low", "Special cause concern, low", "!", IconColour.ORANGE),
    NEITHER_HIGH("neither-high", "Special cause, neither improvement nor concern, high", "N", IconColour.PURPLE),
    NEITHER_LOW("neither-low", "Special cause, neither improvement nor concern, low", "N", IconColour.PURPLE),
    NONE("none", "No variation icon: too few points for limits", "–", IconColour.NONE);

    private final String code;
    private final String label;
    private final String letter;
    private final IconColour colour;

    VariationIcon(String code, String label, String letter, IconColour colour) {
        this.code = code;
        this.label = label;
        this.letter = letter;
        this.colour = colour;
    }

    public String code() { return code; }

    public String label() { return label; }

    /** C common cause, I improvement, ! concern, N neither; the arrow shows high or low. */
    public String letter() { return letter; }

    public IconColour colour() { return colour; }

    /** +1 for a high icon (arrow up), -1 for low, 0 otherwise. */
    public int arrow() { return name().endsWith("_HIGH") ? 1 : name().endsWith("_LOW") ? -1 : 0; }

    public boolean improvement() { return colour == IconColour.BLUE; }

    static VariationIcon of(PointType type, int side) {
        return switch (type) {
            case COMMON_CAUSE -> COMMON_CAUSE;
            case IMPROVEMENT -> side > 0 ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case CONCERN -> side > 0 ? CONCERN_HIGH : CONCERN_LOW;
            case NEITHER -> side > 0 ? NEITHER_HIGH : NEITHER_LOW;
        };
    }
}
