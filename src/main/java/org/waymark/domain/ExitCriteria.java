package org.waymark.domain;

import java.util.List;

/** Judges exit criteria: derived ones from the data, manual ones from their recorded assessment. */
public final class ExitCriteria {

    private ExitCriteria() {}

    static CriterionState assess(ExitCriterion c, Plan plan, int must, int mustBlue, List<DeadlineCountdown> deadlines) {
        return switch (c.kind()) {
            case ALL_MUST_DO_BLUE -> new CriterionState(c, must > 0 && must == mustBlue,
                    mustBlue + " of " + must + " must-do actions are Blue");
            case WARNING_NOTICE_MET -> {
                long met = deadlines.stream().filter(DeadlineCountdown::met).count();
                yield new CriterionState(c, !deadlines.isEmpty() && met == deadlines.size(),
                        met + " of " + deadlines.size() + " warning-notice requirements have all actions Blue");
            }
            case METRIC_AT_TARGET -> metric(c, plan);
            case METRIC_SUSTAINED -> MetricSustained.assess(c, plan);
            case MANUAL -> {
                boolean met = Boolean.TRUE.equals(c.manualMet());
                String why = c.manualMet() == null ? "Not yet assessed"
                        : (met ? "Assessed as met" : "Assessed as not met")
                        + (c.assessedBy() == null || c.assessedBy().isBlank() ? "" : " by " + c.assessedBy())
                        + (c.evidence() == null || c.evidence().isBlank() ? "" : ": " + c.evidence());
                yield new CriterionState(c, met, why);
            }
        };
    }

    private static CriterionState metric(ExitCriterion c, Plan plan) {
        Metric m = plan.metrics().stream().filter(x -> c.metricId() != null && x.id() == c.metricId()).findFirst().orElse(null);
        if (m == null) return new CriterionState(c, false, "No metric is linked to this criterion");
        int run = m.monthsAtTargetRunning();
        int needed = Math.max(1, c.months());
        return new CriterionState(c, run >= needed, m.name() + " at target " + run + " of " + needed + " months running");
    }
}
