package org.waymark.report.layout;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.waymark.domain.Brag;
import org.waymark.domain.BragCounts;
import org.waymark.report.layout.PackFonts.Face;

import java.util.List;

/**
 * Horizontal stacked bars of BRAG counts, one bar per row label, drawn as vectors. Each segment carries its letter
 * and count when it is wide enough, and a legend gives letter and colour, so the chart reads without colour too.
 */
public final class BragBarChart {

    public static final List<Brag> ORDER = List.of(Brag.RED, Brag.AMBER, Brag.GREEN, Brag.BLUE);
    private static final float BAR = 15, GAP = 7, SIZE = 8;

    private BragBarChart() {}

    public static void draw(PageCursor c, PDStructureNode parent, String alt, List<String> labels, List<BragCounts> counts) {
        float labelWidth = 0;
        for (String l : labels) labelWidth = Math.max(labelWidth, c.fonts().width(Face.REGULAR, SIZE, c.fonts().safe(l)));
        labelWidth = Math.min(labelWidth + 8, c.width() * 0.32f);
        float height = labels.size() * (BAR + GAP) + 26;
        c.ensure(height + 6);
        float top = c.y();
        float x0 = c.left() + labelWidth;
        float barSpace = c.width() - labelWidth - 30;
        int max = 1;
        for (BragCounts bc : counts) max = Math.max(max, bc.total());
        PDStructureElement fig = c.tagger().figure(parent, c.page(), alt, new PDRectangle(c.left(), top - height, c.width(), height));
        c.tagger().begin(c.cs(), c.page(), fig);
        c.line(Palette.RULE, 0.6f, x0, top, x0, top - labels.size() * (BAR + GAP));
        float y = top - GAP / 2;
        for (int i = 0; i < labels.size(); i++) {
            float barTop = y;
            String label = Wrap.ellipsis(c.fonts(), Face.REGULAR, SIZE, labels.get(i), labelWidth - 8);
            c.text(Face.REGULAR, SIZE, Palette.TEXT, c.left(), barTop - BAR / 2 - SIZE * 0.35f, label);
            float x = x0;
            for (Brag b : ORDER) {
                int n = counts.get(i).get(b);
                if (n == 0) continue;
                float w = barSpace * n / max;
                c.fill(Palette.fill(b), x, barTop - BAR, w, BAR);
                String text = b.letter() + " " + n;
                if (c.fonts().width(Face.BOLD, SIZE, text) + 4 <= w) {
                    c.text(Face.BOLD, SIZE, Palette.ink(b), x + 3, barTop - BAR / 2 - SIZE * 0.35f, text);
                }
                x += w;
            }
            c.text(Face.BOLD, SIZE, Palette.DARK_GREY, x + 4, barTop - BAR / 2 - SIZE * 0.35f, String.valueOf(counts.get(i).total()));
            y -= BAR + GAP;
        }
        legend(c, x0, y - 10);
        c.tagger().end(c.cs());
        c.moveTo(top - height);
        c.down(6);
    }

    static void legend(PageCursor c, float x, float baseline) {
        for (Brag b : ORDER) {
            x += Flow.chip(c, b, x, baseline, SIZE, true) + 10;
        }
    }
}
