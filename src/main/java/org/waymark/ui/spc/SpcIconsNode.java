package org.waymark.ui.spc;

import javafx.scene.layout.Pane;
import org.waymark.app.chart.ChartStyle;
import org.waymark.app.chart.SpcIcons;
import org.waymark.domain.spc.AssuranceIcon;
import org.waymark.domain.spc.VariationIcon;

/** The variation and assurance icons side by side, with their words for screen readers and as tooltips. */
public final class SpcIconsNode {

    private SpcIconsNode() {}

    public static Pane of(VariationIcon variation, AssuranceIcon assurance, double size) {
        Pane p = new Pane();
        FxChartCanvas c = new FxChartCanvas(p, ChartStyle.LIGHT);
        SpcIcons.variation(c, size / 2, size / 2, size, variation);
        SpcIcons.assurance(c, size * 1.5 + 4, size / 2, size, assurance);
        double w = size * 2 + 4;
        p.setMinSize(w, size);
        p.setPrefSize(w, size);
        p.setMaxSize(w, size);
        p.setFocusTraversable(true);
        p.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        p.setAccessibleText(variation.label() + ". " + assurance.label() + ".");
        p.getStyleClass().add("wm-spc-icons");
        return p;
    }
}
