package org.waymark.domain;

import org.waymark.domain.spc.AssuranceIcon;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.domain.spc.SpcResult;

/**
 * "Metric sustained": improvement that holds, not one good month. Met when the SPC chart shows either assurance
 * consistently passing or special-cause improvement at the latest point, and the target was met in each of the
 * last N months. The reason always states the rule and what the chart shows.
 */
final class MetricSustained {

    static final String RULE = "Rule: assurance consistently passing or special-cause improvement, with the target met for the last %d months.";

    private MetricSustained() {}

    static CriterionState assess(ExitCriterion c, Plan plan) {
        int needed = Math.max(1, c.months());
        String rule = String.format(RULE, needed);
        Metric m = plan.metrics().stream().filter(x -> c.metricId() != null && x.id() == c.metricId()).findFirst().orElse(null);
        if (m == null) return new CriterionState(c, false, "No metric is linked to this criterion. " + rule);
        SpcResult spc = MetricSpc.of(m).result();
        if (!spc.hasLimits()) return new CriterionState(c, false, m.name() + ": " + spc.note() + " " + rule);
        boolean passing = spc.assurance() == AssuranceIcon.PASS;
        boolean improving = spc.variation().improvement();
        int run = Math.min(m.monthsAtTargetRunning(), m.observations().size());
        boolean atTarget = run >= needed;
        String chart = passing ? "assurance consistently passing" : improving ? "special-cause improvement"
                : "no special-cause improvement and assurance " + spc.assurance().label().toLowerCase(java.util.Locale.UK);
        String why = m.name() + ": " + chart + "; at target " + run + " of the last " + needed + " months needed. " + rule;
        return new CriterionState(c, (passing || improving) && atTarget, why);
    }
}
