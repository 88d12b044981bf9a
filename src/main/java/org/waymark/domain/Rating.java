package org.waymark.domain;

/** CQC's four-point rating scale, plus "not rated". Ordered best to worst. */
public enum Rating {
    OUTSTANDING("Outstanding", "O"), GOOD("Good", "G"), REQUIRES_IMPROVEMENT("Requires improvement", "RI"),
    INADEQUATE("Inadequate", "I"), NOT_RATED("Not rated", "NR");

    private final String label;
    private final String abbreviation;

    Rating(String label, String abbreviation) { this.label = label; this.abbreviation = abbreviation; }

    public String label() { return label; }

    public String abbreviation() { return abbreviation; }
}
