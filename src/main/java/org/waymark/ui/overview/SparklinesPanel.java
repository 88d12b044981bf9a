package org.waymark.ui.overview;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.waymark.domain.Direction;
import org.waymark.domain.Metric;
import org.waymark.domain.MetricEra;
import org.waymark.domain.MetricPoint;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.widgets.ViewFormats;

import java.util.List;

/** A small line chart per metric: its last twelve months under the definition in force, against the target. */
final class SparklinesPanel {

    private static final int MONTHS = 12;

    private SparklinesPanel() {}

    static Node build(OverviewModel m) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
        }
        List<Metric> metrics = m.plan().metrics();
        for (int i = 0; i < metrics.size(); i++) grid.add(sparkline(metrics.get(i)), i % 2, i / 2);
        if (metrics.isEmpty()) grid.add(Cards.muted("No metrics are tracked in this plan."), 0, 0);
        return Cards.card("overview-metrics", "Metrics against target", grid);
    }

    private static Node sparkline(Metric metric) {
        List<MetricEra> eras = MetricEra.of(metric);
        MetricEra era = eras.get(eras.size() - 1);
        List<MetricPoint> points = era.observations();
        points = points.subList(Math.max(0, points.size() - MONTHS), points.size());
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        for (NumberAxis a : List.of(x, y)) {
            a.setTickLabelsVisible(false);
            a.setTickMarkVisible(false);
            a.setMinorTickVisible(false);
            a.setOpacity(0);
            a.setPrefHeight(0);
            a.setPrefWidth(0);
        }
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(Math.max(1, points.size() - 1));
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.getStyleClass().add("wm-sparkline");
        chart.setLegendVisible(false);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setHorizontalGridLinesVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setHorizontalZeroLineVisible(false);
        chart.setVerticalZeroLineVisible(false);
        chart.setPrefSize(180, 70);
        chart.setMinHeight(70);
        XYChart.Series<Number, Number> actual = new XYChart.Series<>();
        XYChart.Series<Number, Number> target = new XYChart.Series<>();
        for (int i = 0; i < points.size(); i++) actual.getData().add(new XYChart.Data<>(i, points.get(i).value()));
        if (!Double.isNaN(era.target())) {
            target.getData().add(new XYChart.Data<>(0, era.target()));
            target.getData().add(new XYChart.Data<>(Math.max(1, points.size() - 1), era.target()));
        }
        chart.getData().add(actual);
        chart.getData().add(target);

        Label name = new Label(metric.name());
        name.getStyleClass().add("wm-strong");
        name.setWrapText(true);
        javafx.scene.layout.HBox heading = SpcSparklineIcons.heading(metric, name);
        String unit = metric.unitAt(era.from() == null ? java.time.YearMonth.now() : era.from());
        String latest = metric.latest().map(p -> ViewFormats.number(p.value()) + spaced(unit) + " in " + ViewFormats.month(p.period())).orElse("No observations yet");
        String goal = Double.isNaN(era.target()) ? "no target" : "target " + (era.direction(metric) == Direction.LOWER_IS_BETTER ? "≤ " : "≥ ") + ViewFormats.number(era.target()) + spaced(unit);
        boolean met = metric.latest().map(metric::atTarget).orElse(false);
        Label figure = new Label(latest);
        figure.getStyleClass().add(met ? "wm-met-text" : "wm-overdue-text");
        Label target2 = Cards.muted(goal + " · " + metric.monthsAtTargetRunning() + " months at target running");
        VBox box = new VBox(2, heading, chart, figure, target2);
        box.setMinWidth(160);
        box.setPrefWidth(0);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setAccessibleText(metric.name() + ": " + latest + ", " + goal + ". " + SpcSparklineIcons.words(metric));
        return box;
    }

    /** "%" follows the number directly; other units after a space. */
    static String spaced(String unit) {
        return unit == null || unit.isBlank() ? "" : unit.equals("%") ? "%" : " " + unit;
    }
}
