package org.waymark.ui.metrics;

import javafx.scene.AccessibleRole;
import javafx.scene.control.TitledPane;
import org.waymark.domain.Metric;
import org.waymark.domain.MetricEra;
import org.waymark.domain.MetricPoint;
import org.waymark.ui.widgets.DataTable;
import org.waymark.ui.widgets.ViewFormats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A metric chart in words (its accessible text) and as a table of month, actual, target and trajectory. */
final class MetricFigures {

    private MetricFigures() {}

    /** "Actual from 04/2016 to 10/2018: first 55.1%, latest 72.4%, lowest 50.2%, highest 74.0%; target 75%." */
    static String sentence(Metric metric, MetricEra era) {
        List<MetricPoint> obs = era.observations();
        String unit = era.definition() == null || era.definition().unit() == null ? metric.unit() : era.definition().unit();
        String name = "Chart of " + (era.definition() == null ? metric.name() : era.definition().label());
        if (obs.isEmpty()) return name + ": no observations yet.";
        double lo = obs.stream().mapToDouble(MetricPoint::value).min().orElse(0);
        double hi = obs.stream().mapToDouble(MetricPoint::value).max().orElse(0);
        String target = Double.isNaN(era.target()) ? "no target" : "target " + value(era.target(), unit);
        return name + ", " + obs.size() + " months from " + ViewFormats.month(obs.get(0).period()) + " to "
                + ViewFormats.month(obs.get(obs.size() - 1).period()) + ": first " + value(obs.get(0).value(), unit)
                + ", latest " + value(obs.get(obs.size() - 1).value(), unit) + ", lowest " + value(lo, unit) + ", highest "
                + value(hi, unit) + "; " + target + ". The figures are in the table below the chart.";
    }

    static TitledPane details(Metric metric) {
        TitledPane p = DataTable.details("Figures as a table", metric.name() + ": actual, target and planned trajectory by month",
                List.of("Month", "Actual", "Target", "Planned trajectory", "Unit"), () -> rows(metric));
        p.setId("metric-table-" + metric.id());
        p.setAccessibleRole(AccessibleRole.TITLED_PANE);
        return p;
    }

    static List<List<String>> rows(Metric metric) {
        Map<YearMonth, String[]> byMonth = new TreeMap<>();
        for (MetricPoint p : metric.observations()) byMonth.computeIfAbsent(p.period(), k -> new String[2])[0] = ViewFormats.number(p.value());
        for (MetricPoint p : metric.trajectory()) byMonth.computeIfAbsent(p.period(), k -> new String[2])[1] = ViewFormats.number(p.value());
        List<List<String>> rows = new ArrayList<>();
        byMonth.forEach((month, v) -> {
            double target = metric.definitionAt(month).map(d -> d.target()).orElse(Double.NaN);
            rows.add(List.of(ViewFormats.month(month), v[0] == null ? "—" : v[0], Double.isNaN(target) ? "—" : ViewFormats.number(target),
                    v[1] == null ? "—" : v[1], metric.unitAt(month)));
        });
        return rows;
    }

    private static String value(double v, String unit) {
        return ViewFormats.number(v) + ("%".equals(unit) ? "%" : unit == null || unit.isBlank() ? "" : " " + unit);
    }
}
