package org.waymark.ui.overview;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.waymark.domain.Metric;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.domain.spc.SpcResult;
import org.waymark.ui.spc.SpcIconsNode;

/** The SPC icons beside a sparkline's name, so the overview reads each measure the way the board pack does. */
final class SpcSparklineIcons {

    private SpcSparklineIcons() {}

    static HBox heading(Metric metric, Label name) {
        SpcResult r = MetricSpc.of(metric).result();
        var icons = SpcIconsNode.of(r.variation(), r.assurance(), 22);
        icons.setId("overview-spc-" + metric.id());
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(6, name, icons);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static String words(Metric metric) {
        SpcResult r = MetricSpc.of(metric).result();
        return r.variation().label() + ". " + r.assurance().label() + ".";
    }
}
