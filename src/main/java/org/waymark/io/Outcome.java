package org.waymark.io;

/** What the dry run says will happen to one row. */
public enum Outcome {
    ACCEPTED("Accepted"), WARNED("Accepted with warnings"), REJECTED("Rejected"), SKIPPED("Skipped");

    private final String label;
    Outcome(String label) { this.label = label; }
    public String label() { return label; }
}
