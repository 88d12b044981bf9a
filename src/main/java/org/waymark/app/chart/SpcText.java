package org.waymark.app.chart;

import org.waymark.domain.spc.MetricSpc;
import org.waymark.domain.spc.SpcPoint;
import org.waymark.domain.spc.SpcResult;
import org.waymark.domain.spc.SpcSegment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/** Words for a chart: the alternative text of a figure and the accessible list of special causes. */
public final class SpcText {

    /** Months as "Dec 2026", the way the app shows them. */
    public static final Function<LocalDate, String> MONTH = d -> d.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK));
    /** Days as dd/MM/yyyy, or the month when every date is a first of the month. */
    public static final Function<LocalDate, String> DAY = d -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK));

    private SpcText() {}

    /** Month labels when all dates fall on the first of a month, day labels otherwise. */
    public static Function<LocalDate, String> labels(SpcResult r) {
        return r.points().stream().allMatch(p -> p.date().getDayOfMonth() == 1) ? MONTH : DAY;
    }

    /** A full description for readers who cannot see the chart. */
    public static String alt(String title, SpcResult r, Function<LocalDate, String> label) {
        StringBuilder s = new StringBuilder("XmR chart of ").append(title).append(". ");
        if (r.points().isEmpty()) return s.append("No observations.").toString();
        s.append(r.points().size()).append(" points from ").append(label.apply(r.points().get(0).date())).append(" to ")
                .append(label.apply(r.points().get(r.points().size() - 1).date())).append(". ");
        for (SpcSegment seg : r.segments()) {
            s.append(seg.start()).append(" (").append(label.apply(r.points().get(seg.from()).date())).append("): ");
            if (seg.hasLimits()) {
                s.append("mean ").append(MetricSpc.number(seg.mean())).append(", limits ").append(MetricSpc.number(seg.lower()))
                        .append(" to ").append(MetricSpc.number(seg.upper())).append(". ");
            } else {
                s.append(seg.note()).append(" ");
            }
        }
        s.append("Variation: ").append(r.variation().label()).append(". Assurance: ").append(r.assurance().label()).append(". ");
        s.append(specialCauses(r, label));
        return s.toString().strip();
    }

    /** "Special causes: Mar 2018 27.4 (…); …" or "No special causes." */
    public static String specialCauses(SpcResult r, Function<LocalDate, String> label) {
        if (r.specialCauses().isEmpty()) return "No special causes.";
        StringBuilder s = new StringBuilder("Special causes: ");
        int n = 0;
        for (SpcPoint p : r.specialCauses()) {
            s.append(n++ == 0 ? "" : "; ").append(label.apply(p.date())).append(" ").append(MetricSpc.number(p.value()))
                    .append(" (").append(MetricSpc.rules(p)).append(")");
        }
        return s.append(".").toString();
    }
}
