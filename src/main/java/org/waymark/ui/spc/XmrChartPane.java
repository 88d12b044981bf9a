package org.waymark.ui.spc;

import javafx.scene.layout.Pane;
import org.waymark.app.chart.ChartStyle;
import org.waymark.app.chart.SpcText;
import org.waymark.app.chart.XmrChartPainter;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.domain.spc.SpcPoint;

import java.time.YearMonth;

/** One era of a metric's XmR chart, repainted to its width; special-cause points carry the rule as a tooltip. */
public final class XmrChartPane extends Pane {

    static final double HEIGHT = 240;

    private final MetricSpc spc;
    private final int[] era;
    private double paintedWidth = -1;

    public XmrChartPane(MetricSpc spc, int[] era) {
        this.spc = spc;
        this.era = era;
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMinWidth(320);
        getStyleClass().add("wm-xmr-chart");
        setAccessibleText(SpcText.alt(spc.metric().name(), spc.result(), SpcText.MONTH));
    }

    @Override protected void layoutChildren() {
        double w = getWidth();
        if (w > 0 && Math.abs(w - paintedWidth) > 0.5) {
            paintedWidth = w;
            getChildren().clear();
            SpcPoint first = spc.result().points().get(spc.result().segments().get(era[0]).from());
            XmrChartPainter.paint(new FxChartCanvas(this, ChartStyle.LIGHT), ChartStyle.LIGHT, spc.result(), era[0], era[1], w, HEIGHT,
                    SpcText.MONTH, spc.metric().unitAt(YearMonth.from(first.date())));
        }
        super.layoutChildren();
    }

    /** How many special-cause points this pane draws, for tests and the list beside it. */
    public long specialPoints() {
        int from = spc.result().segments().get(era[0]).from(), to = spc.result().segments().get(era[1] - 1).to();
        return spc.result().points().subList(from, to).stream().filter(p -> p.type().special()).count();
    }
}
