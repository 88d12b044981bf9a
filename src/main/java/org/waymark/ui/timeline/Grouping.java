package org.waymark.ui.timeline;

/** How the timeline groups its bars. Owner is the executive lead, who is accountable for the action. */
public enum Grouping {
    REQUIREMENT("Requirement"), THEME("Theme"), OWNER("Owner");

    private final String label;

    Grouping(String label) { this.label = label; }

    public String label() { return label; }

    @Override public String toString() { return label; }
}
