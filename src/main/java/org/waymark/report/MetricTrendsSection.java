package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.Metric;
import org.waymark.domain.MetricDefinition;
import org.waymark.domain.MetricPoint;
import org.waymark.report.model.Block;
import org.waymark.report.model.Block.Marker;
import org.waymark.report.model.Block.Series;
import org.waymark.report.model.Block.SeriesStyle;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One chart per metric: the actual values, the target in force each month, and the agreed trajectory. Where the
 * unit changes (a percentage, then minutes), the metric gets one chart per unit, since one axis cannot carry both.
 */
final class MetricTrendsSection implements SectionModel {

    @Override public PackSection section() { return PackSection.METRICS; }

    @Override public Section build(PackContent c) {
        List<Block> blocks = new ArrayList<>();
        List<Metric> metrics = c.plan().metrics();
        if (metrics.isEmpty()) {
            blocks.add(Block.Paragraph.of("The plan tracks no metrics yet."));
        } else {
            blocks.add(Block.Paragraph.of("Solid line with dots: actual. Dashed grey: the target in force. Dashed aqua: the agreed trajectory. "
                    + "A dotted vertical line marks a change of definition; values either side are not comparable. "
                    + "Where the unit changes, the metric has one chart per unit."));
            blocks.addAll(SpcPackPages.matrix(metrics));
            for (Metric m : metrics) {
                metric(blocks, m);
                blocks.addAll(SpcPackPages.chart(m));
            }
        }
        return new Section("metrics", section().title(), false, true, blocks);
    }

    private static void metric(List<Block> blocks, Metric m) {
        blocks.add(new Block.Heading(m.name()));
        YearMonth first = null, last = null;
        for (List<MetricPoint> pts : List.of(m.observations(), m.trajectory())) {
            for (MetricPoint p : pts) {
                first = first == null || p.period().isBefore(first) ? p.period() : first;
                last = last == null || p.period().isAfter(last) ? p.period() : last;
            }
        }
        if (first == null) {
            blocks.add(Block.Paragraph.of("No observations or trajectory recorded yet."));
            return;
        }
        blocks.add(Block.Paragraph.of(describe(m)));
        List<List<YearMonth>> runs = unitRuns(m, first, last);
        for (int k = 1; k < runs.size(); k++) {
            YearMonth at = runs.get(k).get(0);
            String change = m.definitions().stream().filter(d -> d.effectiveFrom().equals(at)).findFirst()
                    .map(d -> "Definition changed in " + Dates.month(at) + ": " + d.label() + ". ").orElse("");
            blocks.add(Block.Paragraph.of(change + "The unit changed from " + unit(m, runs.get(k - 1).get(0)) + " to " + unit(m, at) + " in "
                    + Dates.month(at) + ", so each unit has its own chart."));
        }
        for (List<YearMonth> months : runs) blocks.add(chart(m, months, runs.size() > 1));
    }

    /** The months from first to last, cut where the unit changes. */
    private static List<List<YearMonth>> unitRuns(Metric m, YearMonth first, YearMonth last) {
        List<List<YearMonth>> runs = new ArrayList<>();
        String unit = null;
        for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
            String u = unit(m, ym);
            if (runs.isEmpty() || !Objects.equals(u, unit)) runs.add(new ArrayList<>());
            runs.get(runs.size() - 1).add(ym);
            unit = u;
        }
        return runs;
    }

    private static String unit(Metric m, YearMonth ym) {
        String u = m.unitAt(ym);
        return u == null ? "" : u.strip();
    }

    private static Block.LineChart chart(Metric m, List<YearMonth> months, boolean split) {
        double[] actual = nan(months.size()), target = nan(months.size()), trajectory = nan(months.size());
        for (MetricPoint p : m.observations()) { int i = months.indexOf(p.period()); if (i >= 0) actual[i] = p.value(); }
        for (MetricPoint p : m.trajectory()) { int i = months.indexOf(p.period()); if (i >= 0) trajectory[i] = p.value(); }
        for (int i = 0; i < months.size(); i++) {
            int index = i;
            m.definitionAt(months.get(i)).ifPresent(d -> target[index] = d.target());
        }
        List<Marker> markers = new ArrayList<>();
        List<MetricDefinition> defs = m.definitions();
        for (int k = 1; k < defs.size(); k++) {
            int at = months.indexOf(defs.get(k).effectiveFrom());
            if (at > 0) markers.add(new Marker(at, "Definition changed: " + defs.get(k).label()));
        }
        String unit = unit(m, months.get(0));
        String span = Dates.month(months.get(0)) + " to " + Dates.month(months.get(months.size() - 1));
        String title = split ? m.name() + ", in " + unit + " (" + span + ")" : m.name();
        List<String> periods = months.stream().map(Dates::month).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            rows.add(List.of(Cell.of(periods.get(i)), Cell.of(value(actual[i])), Cell.of(value(target[i])), Cell.of(value(trajectory[i]))));
        }
        String in = unit.isEmpty() ? "" : " (" + unit + ")";
        Block.Table data = new Block.Table(title + ": values by month", List.of(Column.left("Month", 25), Column.right("Actual" + in, 25),
                Column.right("Target" + in, 25), Column.right("Trajectory" + in, 25)), rows, "");
        return new Block.LineChart(title, alt(title, months, actual), unit, periods, List.of(
                new Series("Actual", SeriesStyle.ACTUAL, actual), new Series("Target", SeriesStyle.TARGET, target),
                new Series("Trajectory", SeriesStyle.TRAJECTORY, trajectory)), markers, data);
    }

    private static String describe(Metric m) {
        return m.latest().map(p -> {
            String unit = m.unitAt(p.period());
            String target = m.definitionAt(p.period()).map(d -> number(d.target()) + " " + unit).orElse("not set");
            int run = m.monthsAtTargetRunning();
            return "Latest (" + Dates.month(p.period()) + "): " + number(p.value()) + " " + unit + " against a target of " + target
                    + (m.atTarget(p) ? " (at target" : " (not at target") + "; " + Words.count(run, "month", "months") + " at target in a row).";
        }).orElse("No observations recorded yet.");
    }

    static String number(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.valueOf((long) Math.rint(v)) : String.format(Locale.UK, "%.1f", v);
    }

    private static String value(double v) { return Double.isNaN(v) ? "—" : number(v); }

    private static String alt(String title, List<YearMonth> months, double[] actual) {
        StringBuilder s = new StringBuilder("Line chart of ").append(title).append(" by month, with target and trajectory. Actual values: ");
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
