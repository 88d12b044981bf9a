package org.waymark.report.layout;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.waymark.app.chart.ChartStyle;
import org.waymark.app.chart.SpcFigure;
import org.waymark.app.chart.SpcText;
import org.waymark.domain.spc.SpcResult;

import java.time.LocalDate;
import java.util.function.Function;

/** An SPC figure (icons, then an XmR chart per era) as one tagged PDF Figure with its alternative text. */
public final class XmrChart {

    private XmrChart() {}

    /** Draws at the cursor, starting a page if it does not fit, and moves the cursor below it. */
    public static void draw(PageCursor c, PDStructureNode parent, String title, SpcResult r, Function<LocalDate, String> labels,
                            Function<Integer, String> unitAt) {
        float height = (float) SpcFigure.height(r);
        c.ensure(height + 6);
        float top = c.y();
        PDStructureElement fig = c.tagger().figure(parent, c.page(), SpcText.alt(title, r, labels),
                new PDRectangle(c.left(), top - height, c.width(), height));
        c.tagger().begin(c.cs(), c.page(), fig);
        SpcFigure.paint(new PdfCanvas(c, c.left(), top), ChartStyle.LIGHT, title, r, c.width(), labels, unitAt);
        c.tagger().end(c.cs());
        c.moveTo(top - height);
        c.down(6);
    }
}
