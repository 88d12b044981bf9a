package org.waymark.domain.spc;

/** The Making Data Count special-cause rules, each with the name used in JSON and the words shown to people. */
public enum SpcRule {
    OUTSIDE_LIMITS("outside-limits", "Outside the process limits"),
    SHIFT("shift", "Shift: a run of points on one side of the mean"),
    TREND("trend", "Trend: a run of points all rising or all falling"),
    TWO_OF_THREE("two-of-three", "Two of three points beyond two sigma on the same side");

    private final String code;
    private final String label;

    SpcRule(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }

    public String label() { return label; }
}
