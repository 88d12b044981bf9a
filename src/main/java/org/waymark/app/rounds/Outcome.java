package org.waymark.app.rounds;

/** What reading back decided about one returned row. */
public enum Outcome {
    ACCEPTED("Accepted"), CONFLICT("Conflict"), REJECTED("Rejected");

    private final String label;

    Outcome(String label) { this.label = label; }

    public String label() { return label; }
}
