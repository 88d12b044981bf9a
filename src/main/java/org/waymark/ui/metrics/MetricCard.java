package org.waymark.ui.metrics;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.domain.CriterionKind;
import org.waymark.domain.CriterionState;
import org.waymark.domain.ExitCriterion;
import org.waymark.domain.Metric;
import org.waymark.domain.MetricEra;
import org.waymark.domain.MetricPoint;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.widgets.ViewFormats;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** One metric: its chart (one panel per definition), adding an observation, importing CSV, linking an exit criterion. */
final class MetricCard {

    /** What the card asks the view to do; each is a write done off the FX thread. */
    interface Actions {
        void record(Metric metric, YearMonth month, double value, Label feedback);
        void importCsv(Metric metric, Label feedback);
        void link(ExitCriterion criterion, Metric metric, int months, Label feedback);
    }

    private static final DateTimeFormatter MONTH_INPUT = DateTimeFormatter.ofPattern("MM/yyyy", Locale.UK);

    private MetricCard() {}

    static VBox build(Metric metric, MetricsModel model, Actions actions, boolean readOnly) {
        List<MetricEra> eras = MetricEra.of(metric);
        YearMonth last = metric.latest().map(MetricPoint::period).orElse(YearMonth.now());
        GridPane charts = new GridPane();
        charts.setHgap(0);
        long total = 0;
        for (MetricEra e : eras) total += span(e, last);
        for (int i = 0; i < eras.size(); i++) {
            MetricChart chart = new MetricChart(metric, eras.get(i), i > 0, last);
            chart.setId("metric-chart-" + metric.id() + "-" + i);
            chart.setPrefHeight(300);
            chart.setMinWidth(260);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(eras.size() == 1 ? 100 : Math.max(30, 100.0 * span(eras.get(i), last) / total));
            charts.getColumnConstraints().add(cc);
            charts.add(chart, i, 0);
        }
        Label summary = Cards.muted(summary(metric, model));
        summary.setId("metric-summary-" + metric.id());
        for (int i = 0; i < eras.size(); i++) {
            // A screen reader hears the chart as one sentence; the figures themselves are in the table below it.
            ((MetricChart) charts.getChildren().get(i)).setAccessibleText(MetricFigures.sentence(metric, eras.get(i)));
        }
        VBox card = Cards.card("metric-" + metric.id(), metric.name(), summary, charts, MetricFigures.details(metric),
                org.waymark.ui.spc.SpcPanel.build(metric), linked(metric, model));
        if (!readOnly) card.getChildren().add(controls(metric, model, actions));
        return card;
    }

    private static long span(MetricEra e, YearMonth last) {
        YearMonth from = e.from() == null ? last : e.from();
        YearMonth until = e.until() == null ? last : e.until();
        return Math.max(1, MetricChart.index(until) - MetricChart.index(from) + 1);
    }

    private static String summary(Metric m, MetricsModel model) {
        String latest = m.latest().map(p -> "Latest " + ViewFormats.number(p.value()) + (m.unitAt(p.period()).equals("%") ? "%" : " " + m.unitAt(p.period()))
                + " in " + ViewFormats.month(p.period()) + (m.atTarget(p) ? ", at target" : ", off target")).orElse("No observations yet");
        String changes = m.definitions().size() > 1 ? " · definition changed " + (m.definitions().size() - 1) + (m.definitions().size() == 2 ? " time" : " times") : "";
        return latest + " · " + m.monthsAtTargetRunning() + " months at target running" + changes;
    }

    private static Node linked(Metric m, MetricsModel model) {
        List<CriterionState> states = model.criteria().stream().filter(c -> c.criterion().metricId() != null && c.criterion().metricId() == m.id()).toList();
        VBox box = new VBox(2);
        box.setId("metric-criteria-" + m.id());
        if (states.isEmpty()) box.getChildren().add(Cards.muted("Not linked to any exit criterion."));
        for (CriterionState s : states) {
            Label l = new Label((s.met() ? "\u2714 Met: " : "\u2716 Not met: ") + s.criterion().title() + " — " + s.why());
            l.getStyleClass().add(s.met() ? "wm-met-text" : "wm-muted");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        return box;
    }

    private static Node controls(Metric metric, MetricsModel model, Actions actions) {
        TextField month = new TextField(MONTH_INPUT.format(metric.latest().map(p -> p.period().plusMonths(1)).orElse(YearMonth.now())));
        month.setPromptText("MM/yyyy");
        month.setPrefColumnCount(6);
        month.setId("metric-month-" + metric.id());
        TextField value = new TextField();
        value.setPromptText("Value");
        value.setPrefColumnCount(5);
        value.setId("metric-value-" + metric.id());
        Label feedback = new Label();
        feedback.setWrapText(true);
        feedback.setId("metric-feedback-" + metric.id());
        Button add = new Button("Add observation");
        add.setId("metric-add-" + metric.id());
        add.setDefaultButton(false);
        add.setOnAction(e -> {
            feedback.getStyleClass().setAll("label", "wm-overdue-text");
            YearMonth ym;
            try {
                ym = YearMonth.parse(month.getText().strip(), MONTH_INPUT);
            } catch (DateTimeParseException ex) {
                feedback.setText("Write the month as MM/yyyy, e.g. 11/2026.");
                month.requestFocus();
                return;
            }
            double v;
            try {
                v = Double.parseDouble(value.getText().strip().replace("%", ""));
            } catch (NumberFormatException ex) {
                feedback.setText("Write the value as a number, e.g. 7.4.");
                value.requestFocus();
                return;
            }
            actions.record(metric, ym, v, feedback);
        });
        Button csv = new Button("Import CSV…");
        csv.setId("metric-import-" + metric.id());
        csv.setOnAction(e -> actions.importCsv(metric, feedback));

        ChoiceBox<ExitCriterion> criterion = new ChoiceBox<>();
        criterion.getItems().setAll(model.plan().exitCriteria().stream().filter(c -> c.kind() == CriterionKind.METRIC_AT_TARGET || c.kind() == CriterionKind.METRIC_SUSTAINED).toList());
        criterion.setConverter(new StringConverter<>() {
            @Override public String toString(ExitCriterion c) { return c == null ? "" : c.title(); }
            @Override public ExitCriterion fromString(String s) { return null; }
        });
        criterion.setMaxWidth(300);
        criterion.setId("metric-criterion-" + metric.id());
        Spinner<Integer> months = new Spinner<>(1, 36, 3);
        months.setPrefWidth(80);
        criterion.valueProperty().addListener((o, a, c) -> { if (c != null && c.months() > 0) months.getValueFactory().setValue(c.months()); });
        Button link = new Button("Link");
        link.setId("metric-link-" + metric.id());
        link.disableProperty().bind(criterion.valueProperty().isNull());
        link.setOnAction(e -> actions.link(criterion.getValue(), metric, months.getValue(), feedback));

        months.setAccessibleText("Months running");
        // Wraps onto more lines when zoomed in, so that the card is never wider than the window.
        var row = org.waymark.ui.widgets.Wrapping.row(8, label("Month", month), month, label("Value", value), value, add, csv, gap(), label("Exit criterion", criterion), criterion,
                label("months running", months), months, link);
        add.setMinWidth(Region.USE_PREF_SIZE);
        csv.setMinWidth(Region.USE_PREF_SIZE);
        link.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(4, row, feedback);
    }

    /** A label that names its field for a screen reader, as Forms.row does in forms. */
    private static Label label(String text, javafx.scene.control.Control field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        if (field.getAccessibleText() == null) field.setAccessibleText(text);
        return l;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(16);
        return r;
    }
}
