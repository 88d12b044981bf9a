package org.waymark.ui.metrics;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.waymark.domain.Direction;
import org.waymark.domain.Metric;
import org.waymark.domain.MetricEra;
import org.waymark.domain.MetricPoint;
import org.waymark.ui.widgets.ViewFormats;

import java.time.YearMonth;
import java.util.List;

/**
 * One era of a metric (the months under one definition) as a line chart: actual values, the target in force and
 * the planned trajectory. An era that began with a change of definition carries a marker at its first month.
 */
final class MetricChart extends LineChart<Number, Number> {

    private final Line changeLine = new Line();
    private final Label changeLabel = new Label();
    private final Double changeAt;

    MetricChart(Metric metric, MetricEra era, boolean definitionChanged, YearMonth lastMonth) {
        super(monthAxis(), new NumberAxis());
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        y.setForceZeroInRange(false);
        String unit = era.definition() == null || era.definition().unit() == null || era.definition().unit().isBlank() ? metric.unit() : era.definition().unit();
        y.setLabel(unit);
        YearMonth from = era.from() == null ? lastMonth : era.from();
        YearMonth until = era.until() != null ? era.until() : latest(era, lastMonth);
        x.setLowerBound(index(from));
        x.setUpperBound(Math.max(index(until), index(from) + 1));
        x.setTickUnit(Math.max(1, Math.ceil((index(until) - index(from) + 1) / 8.0)));
        setAnimated(false);
        setCreateSymbols(true);
        getStyleClass().add("wm-metric-chart");
        setTitle(era.definition() == null ? metric.name() : era.definition().label() + (definitionChanged ? " (from " + ViewFormats.month(from) + ")" : ""));

        XYChart.Series<Number, Number> actual = series("Actual", era.observations());
        XYChart.Series<Number, Number> target = new XYChart.Series<>();
        if (!Double.isNaN(era.target())) {
            target.setName("Target " + (era.direction(metric) == Direction.LOWER_IS_BETTER ? "≤ " : "≥ ") + ViewFormats.number(era.target()) + (unit.equals("%") ? "%" : " " + unit));
            target.getData().add(new XYChart.Data<>(index(from), era.target()));
            target.getData().add(new XYChart.Data<>(index(until), era.target()));
        } else {
            target.setName("No target");
        }
        XYChart.Series<Number, Number> trajectory = series("Planned trajectory", era.trajectory());
        getData().addAll(List.of(actual, target, trajectory));
        changeAt = definitionChanged ? (double) index(from) : null;
        if (definitionChanged) {
            changeLine.getStyleClass().add("wm-definition-change");
            changeLabel.getStyleClass().add("wm-definition-change-label");
            changeLabel.setManaged(false);   // placed by hand below; showing or hiding it asks for no new layout
            changeLabel.setText("Definition changed " + ViewFormats.month(from));
            getPlotChildren().addAll(changeLine, changeLabel);
        }
    }

    XYChart.Series<Number, Number> actual() { return getData().get(0); }

    boolean marksDefinitionChange() { return changeAt != null; }

    /** Places the definition-change marker; the documented way to draw extra shapes on an XYChart. */
    @Override protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (changeAt == null) return;
        double x = getXAxis().getDisplayPosition(changeAt) + 1;
        double h = ((NumberAxis) getYAxis()).getHeight();
        changeLine.setStartX(x);
        changeLine.setEndX(x);
        changeLine.setStartY(0);
        changeLine.setEndY(h);
        // In a narrow panel (a short era, or 200 % zoom) the words would cover the plot or run out of it: only the line
        // stays, and the title says "(from Nov 2025)", so nothing is lost.
        double w = changeLabel.prefWidth(-1);
        changeLabel.setVisible(w <= getXAxis().getWidth() - x - 8);
        changeLabel.resize(w, changeLabel.prefHeight(-1));
        changeLabel.relocate(x + 4, 2);
        changeLine.toFront();
        changeLabel.toFront();
    }

    private static XYChart.Series<Number, Number> series(String name, List<MetricPoint> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (MetricPoint p : points) s.getData().add(new XYChart.Data<>(index(p.period()), p.value()));
        return s;
    }

    private static YearMonth latest(MetricEra era, YearMonth fallback) {
        YearMonth last = fallback;
        for (List<MetricPoint> list : List.of(era.observations(), era.trajectory())) {
            if (!list.isEmpty() && (last == null || list.get(list.size() - 1).period().isAfter(last))) last = list.get(list.size() - 1).period();
        }
        return last;
    }

    static long index(YearMonth m) { return m.getYear() * 12L + m.getMonthValue() - 1; }

    static YearMonth month(long index) { return YearMonth.of((int) Math.floorDiv(index, 12), (int) Math.floorMod(index, 12) + 1); }

    private static NumberAxis monthAxis() {
        NumberAxis x = new NumberAxis();
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override public String toString(Number n) {
                double v = n.doubleValue();
                return Math.abs(v - Math.rint(v)) > 0.01 ? "" : ViewFormats.month(month(Math.round(v)));
            }
            @Override public Number fromString(String s) { return 0; }
        });
        return x;
    }
}
