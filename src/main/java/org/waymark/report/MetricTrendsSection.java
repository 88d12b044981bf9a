package org.waymark.report;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.app.PackSection;
import org.waymark.domain.Metric;
import org.waymark.domain.MetricDefinition;
import org.waymark.domain.MetricPoint;
import org.waymark.report.layout.LineChart;
import org.waymark.report.layout.LineChart.Marker;
import org.waymark.report.layout.LineChart.Series;
import org.waymark.report.layout.Palette;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One chart per metric: the actual values, the target in force each month, and the agreed trajectory. */
final class MetricTrendsSection implements SectionWriter {

    @Override public PackSection section() { return PackSection.METRICS; }

    @Override public void write(PackBuilder b) {
        PDStructureElement sect = b.section(section().title(), false, true);
        List<Metric> metrics = b.content.plan().metrics();
        if (metrics.isEmpty()) {
            b.flow.paragraph(sect, "The plan tracks no metrics yet.");
            return;
        }
        b.flow.paragraph(sect, "Solid line with dots: actual. Dashed grey: the target in force. Dashed aqua: the agreed trajectory. "
                + "A dotted vertical line marks a change of definition; values either side are not comparable.");
        SpcPackPages.matrix(b, sect, metrics);
        for (Metric m : metrics) {
            b.checkCancelled();
            chart(b, sect, m);
            SpcPackPages.chart(b, sect, m);
        }
    }

    private static void chart(PackBuilder b, PDStructureElement sect, Metric m) {
        b.flow.h2(sect, m.name(), 230);
        YearMonth first = null, last = null;
        for (List<MetricPoint> pts : List.of(m.observations(), m.trajectory())) {
            for (MetricPoint p : pts) {
                first = first == null || p.period().isBefore(first) ? p.period() : first;
                last = last == null || p.period().isAfter(last) ? p.period() : last;
            }
        }
        if (first == null) {
            b.flow.paragraph(sect, "No observations or trajectory recorded yet.");
            return;
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) months.add(ym);
        double[] actual = nan(months.size()), target = nan(months.size()), trajectory = nan(months.size());
        for (MetricPoint p : m.observations()) actual[months.indexOf(p.period())] = p.value();
        for (MetricPoint p : m.trajectory()) trajectory[months.indexOf(p.period())] = p.value();
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth ym = months.get(i);
            int index = i;
            m.definitionAt(ym).ifPresent(d -> target[index] = d.target());
        }
        List<MetricDefinition> defs = m.definitions();
        for (int k = 1; k < defs.size(); k++) {
            int at = months.indexOf(defs.get(k).effectiveFrom());
            if (at >= 0) markers.add(new Marker(at, "Definition changed: " + defs.get(k).label()));
        }
        java.util.LinkedHashSet<String> units = new java.util.LinkedHashSet<>();
        for (YearMonth ym : months) units.add(m.unitAt(ym));
        units.removeIf(u -> u == null || u.isBlank());
        String unit = String.join(", then ", units);
        b.flow.paragraph(sect, describe(m));
        LineChart.draw(b.cursor, sect, alt(m, months, actual), months.stream().map(Dates::month).toList(), List.of(
                new Series("Actual", Palette.NHS_BLUE, null, actual, true),
                new Series("Target", Palette.DARK_GREY, new float[]{4, 2.5f}, target, false),
                new Series("Trajectory", Palette.AQUA, new float[]{1.5f, 2}, trajectory, false)), markers, unit == null ? "" : unit, 175);
    }

    private static String describe(Metric m) {
        return m.latest().map(p -> {
            String unit = m.unitAt(p.period());
            String target = m.definitionAt(p.period()).map(d -> number(d.target()) + " " + unit).orElse("not set");
            return "Latest (" + Dates.month(p.period()) + "): " + number(p.value()) + " " + unit + " against a target of " + target
                    + (m.atTarget(p) ? " (at target" : " (not at target") + "; " + m.monthsAtTargetRunning() + " months at target in a row).";
        }).orElse("No observations recorded yet.");
    }

    private static String number(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.valueOf((long) Math.rint(v)) : String.format(Locale.UK, "%.1f", v);
    }

    private static String alt(Metric m, List<YearMonth> months, double[] actual) {
        StringBuilder s = new StringBuilder("Line chart of ").append(m.name()).append(" by month, with target and trajectory. Actual values: ");
        int shown = 0;
        for (int i = 0; i < months.size(); i++) {
            if (Double.isNaN(actual[i])) continue;
            s.append(shown++ == 0 ? "" : "; ").append(Dates.month(months.get(i))).append(" ").append(number(actual[i]));
        }
        return s.append(shown == 0 ? "none." : ".").toString();
    }

    private static double[] nan(int n) {
        double[] d = new double[n];
        Arrays.fill(d, Double.NaN);
        return d;
    }
}
