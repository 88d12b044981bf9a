package org.waymark.report.spc;

import org.waymark.app.chart.SpcText;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.domain.spc.SpcPoint;
import org.waymark.domain.spc.SpcResult;
import org.waymark.domain.spc.SpcRule;

import java.util.stream.Collectors;

/** The SPC result as a plain-text table for a terminal. */
final class SpcTable {

    private SpcTable() {}

    static String write(SpcResult r) {
        StringBuilder s = new StringBuilder(String.format("%-10s %10s %10s %10s %10s  %-12s %s%n", "date", "value", "mean", "lower", "upper", "type", "rules"));
        for (SpcPoint p : r.points()) {
            s.append(String.format("%-10s %10s %10s %10s %10s  %-12s %s%n", p.date(), MetricSpc.number(p.value()),
                    p.hasLimits() ? MetricSpc.number(p.mean()) : "–", MetricSpc.number(p.lower()), MetricSpc.number(p.upper()), p.type().code(),
                    p.rules().stream().sorted().map(SpcRule::code).collect(Collectors.joining(","))));
        }
        s.append("variation: ").append(r.variation().code()).append(" (").append(r.variation().label()).append(")\n");
        s.append("assurance: ").append(r.assurance().code()).append(" (").append(r.assurance().label()).append(")\n");
        if (!r.note().isEmpty()) s.append(r.note()).append('\n');
        s.append(SpcText.specialCauses(r, SpcText.labels(r))).append('\n');
        return s.toString();
    }
}
