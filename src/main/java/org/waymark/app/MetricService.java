package org.waymark.app;

import org.waymark.domain.CriterionKind;
import org.waymark.domain.ExitCriterion;
import org.waymark.domain.MetricPoint;
import org.waymark.domain.Plan;
import org.waymark.store.PlanStore;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adding a metric's observations, by hand or in bulk (a file is read through the {@link ObservationReader} port). */
public final class MetricService {

    private final PlanSession session;

    public MetricService(PlanSession session) { this.session = session; }

    /** Records one month's value; returns what the month held before, for an undo. */
    public Map<YearMonth, Double> record(long metricId, YearMonth period, double value) {
        return record(metricId, List.of(new MetricPoint(period, value)), "Observation recorded");
    }

    /**
     * All or nothing: one bad value leaves every observation as it was. Returns each month's value before the
     * write (null for a month that had none), so that {@link #restore} can undo it.
     */
    public Map<YearMonth, Double> record(long metricId, List<MetricPoint> points, String why) {
        for (MetricPoint p : points) {
            if (p.period() == null) throw new Refused("period", "Every observation needs a month.");
            if (Double.isNaN(p.value()) || Double.isInfinite(p.value())) throw new Refused("value", "The value for " + p.period() + " is not a number.");
        }
        return session.write(why, tx -> {
            Map<YearMonth, Double> before = new LinkedHashMap<>();
            for (MetricPoint p : points) {
                Double old = PlanStore.observation(tx, metricId, p.period());
                before.putIfAbsent(p.period(), old);
                PlanStore.putObservation(tx, metricId, p, old, why);
            }
            return before;
        });
    }

    /** Puts months back as they were: a value where there was one, nothing where there was none. One transaction. */
    public void restore(long metricId, Map<YearMonth, Double> before, String why) {
        session.write(why, tx -> {
            for (Map.Entry<YearMonth, Double> e : before.entrySet()) {
                Double now = PlanStore.observation(tx, metricId, e.getKey());
                if (e.getValue() != null) PlanStore.putObservation(tx, metricId, new MetricPoint(e.getKey(), e.getValue()), now, why);
                else if (now != null) PlanStore.removeObservation(tx, metricId, e.getKey(), now, why);
            }
            return null;
        });
    }

    /**
     * Links a metric to a "metric at target" exit criterion, so that the criterion is judged on it. The months it
     * must be at target running are set too.
     */
    public ExitCriterion linkToCriterion(long criterionId, long metricId, int months) {
        Plan plan = session.plan();
        ExitCriterion c = plan.exitCriteria().stream().filter(x -> x.id() == criterionId).findFirst()
                .orElseThrow(() -> new Refused("criterion", "That exit criterion no longer exists. Reload the plan."));
        if (c.kind() != CriterionKind.METRIC_AT_TARGET && c.kind() != CriterionKind.METRIC_SUSTAINED) {
            throw new Refused("criterion", "\"" + c.title() + "\" is judged as \"" + c.kind().label() + "\"; only a metric-at-target criterion can be linked to a metric.");
        }
        if (plan.metrics().stream().noneMatch(m -> m.id() == metricId)) throw new Refused("metric", "That metric no longer exists. Reload the plan.");
        if (months < 1 || months > 36) throw new Refused("months", "Give the months running between 1 and 36.");
        ExitCriterion linked = new ExitCriterion(c.id(), c.title(), c.kind(), metricId, months, c.manualMet(), c.evidence(), c.assessedBy(), c.assessedOn());
        session.write("Metric linked to exit criterion", tx -> {
            PlanStore.updateExitCriterion(tx, c, linked, "Metric linked to exit criterion");
            return null;
        });
        return c;
    }

    /** Puts an exit criterion's link back as it was before {@link #linkToCriterion} (its undo). */
    public void restoreCriterion(ExitCriterion before) {
        ExitCriterion now = session.plan().exitCriteria().stream().filter(x -> x.id() == before.id()).findFirst()
                .orElseThrow(() -> new Refused("criterion", "That exit criterion no longer exists. Reload the plan."));
        session.write("Metric link undone", tx -> {
            PlanStore.updateExitCriterion(tx, now, before, "Metric link undone");
            return null;
        });
    }
}
