package org.waymark.domain;

/** Whether an exit criterion is met now, and why. */
public record CriterionState(ExitCriterion criterion, boolean met, String why) {
}
