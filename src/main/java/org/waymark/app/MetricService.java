package org.waymark.app;

import org.waymark.domain.MetricPoint;
import org.waymark.store.PlanStore;

import java.time.YearMonth;
import java.util.List;

/** Adding a metric's observations, by hand or in bulk. */
public final class MetricService {

    private final PlanSession session;

    public MetricService(PlanSession session) { this.session = session; }

    public void record(long metricId, YearMonth period, double value) {
        record(metricId, List.of(new MetricPoint(period, value)), "Observation recorded");
    }

    /** All or nothing: one bad value leaves every observation as it was. */
    public void record(long metricId, List<MetricPoint> points, String why) {
        for (MetricPoint p : points) {
            if (p.period() == null) throw new Refused("period", "Every observation needs a month.");
            if (Double.isNaN(p.value()) || Double.isInfinite(p.value())) throw new Refused("value", "The value for " + p.period() + " is not a number.");
        }
        session.write(why, tx -> {
            for (MetricPoint p : points) PlanStore.putObservation(tx, metricId, p, PlanStore.observation(tx, metricId, p.period()), why);
            return null;
        });
    }
}
