package org.waymark.domain;

/**
 * How much assurance the paper's author offers the board, on the scale NHS boards use. A new cover starts at
 * {@link #NOT_CHOSEN}: the level is the author's judgement, so the app never pre-fills one.
 */
public enum AssuranceLevel {
    NOT_CHOSEN("Not chosen yet"), SUBSTANTIAL("Substantial"), REASONABLE("Reasonable"), LIMITED("Limited"), NONE("No assurance");

    private final String label;

    AssuranceLevel(String label) { this.label = label; }

    public String label() { return label; }
}
