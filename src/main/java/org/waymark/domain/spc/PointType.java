package org.waymark.domain.spc;

/** What a point says: common cause, or special cause that improves, concerns, or (direction neither) just differs. */
public enum PointType {
    COMMON_CAUSE("common-cause", "Common cause"),
    IMPROVEMENT("improvement", "Special cause: improvement"),
    CONCERN("concern", "Special cause: concern"),
    NEITHER("neither", "Special cause: neither improvement nor concern");

    private final String code;
    private final String label;

    PointType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }

    public boolean special() { return this != COMMON_CAUSE; }
}
