package org.waymark.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretch of a metric's history under one definition. A chart draws each era on its own scale, because a
 * change of definition can change the unit (Category A per cent, then ARP minutes) and the target with it.
 */
public record MetricEra(MetricDefinition definition, YearMonth from, YearMonth until, List<MetricPoint> observations,
                        List<MetricPoint> trajectory) {

    /** The eras in order. Observations before the first definition belong to the first era. */
    public static List<MetricEra> of(Metric metric) {
        List<MetricDefinition> defs = metric.definitions();
        List<MetricEra> out = new ArrayList<>();
        if (defs.isEmpty()) {
            out.add(new MetricEra(null, first(metric), null, metric.observations(), metric.trajectory()));
            return out;
        }
        for (int i = 0; i < defs.size(); i++) {
            YearMonth from = i == 0 ? null : defs.get(i).effectiveFrom();
            YearMonth until = i + 1 < defs.size() ? defs.get(i + 1).effectiveFrom().minusMonths(1) : null;
            out.add(new MetricEra(defs.get(i), i == 0 ? min(defs.get(0).effectiveFrom(), first(metric)) : from, until,
                    within(metric.observations(), from, until), within(metric.trajectory(), from, until)));
        }
        return out;
    }

    /** The target in force in this era, or NaN when the metric has no definition. */
    public double target() { return definition == null ? Double.NaN : definition.target(); }

    public Direction direction(Metric metric) {
        return definition == null || definition.direction() == null ? metric.direction() : definition.direction();
    }

    private static List<MetricPoint> within(List<MetricPoint> points, YearMonth from, YearMonth until) {
        return points.stream().filter(p -> (from == null || !p.period().isBefore(from)) && (until == null || !p.period().isAfter(until))).toList();
    }

    private static YearMonth first(Metric m) {
        YearMonth a = m.observations().isEmpty() ? null : m.observations().get(0).period();
        YearMonth b = m.trajectory().isEmpty() ? null : m.trajectory().get(0).period();
        return a == null ? b : b == null ? a : min(a, b);
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }
}
