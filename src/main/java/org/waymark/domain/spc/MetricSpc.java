package org.waymark.domain.spc;

import org.waymark.domain.Metric;
import org.waymark.domain.MetricEra;
import org.waymark.domain.MetricPoint;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan metric read as an XmR chart: each definition is its own era (limits never span a change of definition),
 * the metric's recalculations start new limits, and each point carries the target in force that month. The one
 * source of chart data for the window, the PDF pack and any other rendering.
 */
public record MetricSpc(Metric metric, SpcResult result) {

    public static MetricSpc of(Metric m) {
        return of(m, SpcOptions.defaults(Improvement.of(m.direction())));
    }

    public static MetricSpc of(Metric m, SpcOptions options) {
        return new MetricSpc(m, SpcEngine.analyse(inputs(m), m.recalculations(), options));
    }

    /** One input per observation, numbered by era, with the era's target and its own direction if it sets one. */
    public static List<SpcInput> inputs(Metric m) {
        List<SpcInput> in = new ArrayList<>();
        List<MetricEra> eras = MetricEra.of(m);
        for (int e = 0; e < eras.size(); e++) {
            MetricEra era = eras.get(e);
            // the options' direction holds unless the era's definition sets its own
            Improvement own = era.definition() == null || era.definition().direction() == null ? null : Improvement.of(era.definition().direction());
            for (MetricPoint p : era.observations()) in.add(new SpcInput(p.period().atDay(1), p.value(), e, era.target(), own));
        }
        return in;
    }

    public YearMonth month(SpcPoint p) { return YearMonth.from(p.date()); }

    /** The unit of a segment, from the definition in force at its first point. */
    public String unit(SpcSegment s) {
        return result.points().isEmpty() ? metric.unit() : metric.unitAt(month(result.points().get(s.from())));
    }

    /** One line for a reader: the rules that made a point special, or "common cause". */
    public static String rules(SpcPoint p) {
        if (p.rules().isEmpty()) return "common cause";
        return p.type().label() + " (" + String.join("; ", p.rules().stream().sorted().map(SpcRule::label).toList()) + ")";
    }

    /** The summary sentence: the icons, or why there are none, and the latest limits. */
    public String summary() {
        if (result.points().isEmpty()) return "No observations recorded yet.";
        if (!result.hasLimits()) return result.note();
        SpcSegment s = result.segments().get(result.segments().size() - 1);
        String unit = unit(s);
        String u = unit == null || unit.isBlank() ? "" : unit.equals("%") ? "%" : " " + unit;
        return "Variation: " + result.variation().label() + ". Assurance: " + result.assurance().label()
                + ". Mean " + number(s.mean()) + u + ", process limits " + number(s.lower()) + " to " + number(s.upper()) + u
                + " (from " + s.basedOn() + " points).";
    }

    public static String number(double v) {
        if (Double.isNaN(v)) return "–";
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.valueOf((long) Math.rint(v)) : String.format(Locale.UK, "%.1f", v);
    }
}
