package org.waymark.domain;

/** How much assurance the paper's author offers the board, on the scale NHS boards use. */
public enum AssuranceLevel {
    SUBSTANTIAL("Substantial"), REASONABLE("Reasonable"), LIMITED("Limited"), NONE("No assurance");

    private final String label;

    AssuranceLevel(String label) { this.label = label; }

    public String label() { return label; }
}
