package org.waymark.domain;

/** The enforcement regime a trust is in. */
public enum Regime {
    SPECIAL_MEASURES("Special measures"), RSP_SEGMENT_4("Recovery Support Programme (segment 4)"), NONE("None");

    private final String label;

    Regime(String label) { this.label = label; }

    public String label() { return label; }
}
