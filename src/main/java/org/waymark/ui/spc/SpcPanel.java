package org.waymark.ui.spc;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.waymark.app.chart.SpcText;
import org.waymark.domain.Metric;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.domain.spc.SpcPoint;

/**
 * A metric read the Making Data Count way: the two icons with their words, the summary, the XmR chart per
 * era, and the special causes as a list a screen reader (or anyone) can read without the chart.
 */
public final class SpcPanel {

    private SpcPanel() {}

    public static VBox build(Metric metric) {
        MetricSpc spc = MetricSpc.of(metric);
        Label title = new Label("SPC (XmR chart)");
        title.getStyleClass().add("wm-strong");
        Label summary = new Label(spc.summary());
        summary.setWrapText(true);
        summary.setId("spc-summary-" + metric.id());
        HBox head = new HBox(10, SpcIconsNode.of(spc.result().variation(), spc.result().assurance(), 30), new VBox(2, title, summary));
        head.setAlignment(Pos.CENTER_LEFT);
        head.getChildren().get(0).setId("spc-icons-" + metric.id());
        VBox box = new VBox(6, head);
        box.setId("spc-" + metric.id());
        if (spc.result().points().isEmpty()) return box;
        int i = 0;
        for (int[] era : spc.result().eraRanges()) {
            XmrChartPane pane = new XmrChartPane(spc, era);
            pane.setId("spc-chart-" + metric.id() + "-" + i++);
            box.getChildren().add(pane);
        }
        box.getChildren().add(list(metric, spc));
        return box;
    }

    private static Node list(Metric metric, MetricSpc spc) {
        VBox items = new VBox(2);
        items.setId("spc-special-" + metric.id());
        for (SpcPoint p : spc.result().specialCauses()) {
            Label l = new Label(SpcText.MONTH.apply(p.date()) + ": " + MetricSpc.number(p.value()) + " — " + MetricSpc.rules(p));
            l.setWrapText(true);
            items.getChildren().add(l);
        }
        if (items.getChildren().isEmpty()) items.getChildren().add(new Label("No special causes: the variation is common cause."));
        TitledPane pane = new TitledPane("Special causes (" + spc.result().specialCauses().size() + ")", items);
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }
}
