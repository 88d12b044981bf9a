package org.waymark.domain;

/** How an exit criterion is judged: derived from the plan's data, or assessed by hand with evidence. */
public enum CriterionKind {
    ALL_MUST_DO_BLUE("All must-do actions Blue"),
    WARNING_NOTICE_MET("Every warning-notice requirement's actions Blue"),
    METRIC_AT_TARGET("Metric at target for N months running"),
    METRIC_SUSTAINED("Metric sustained: assurance passing or special-cause improvement, and at target for the last N months"),
    MANUAL("Assessed by hand");

    private final String label;

    CriterionKind(String label) { this.label = label; }

    public String label() { return label; }
}
