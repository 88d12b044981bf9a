package org.waymark.report;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.report.layout.PackFonts.Face;
import org.waymark.report.layout.PageCursor;
import org.waymark.report.layout.Palette;
import org.waymark.report.model.Block.Figure;

import java.util.List;

/** A row of large numbers with captions: what a board member takes in at a glance. */
final class KeyFigures {

    private KeyFigures() {}

    static void draw(PackBuilder b, PDStructureElement parent, List<Figure> figures) {
        PageCursor c = b.cursor;
        float gap = 10, h = 58;
        float w = (c.width() - gap * (figures.size() - 1)) / figures.size();
        c.ensure(h + 10);
        float top = c.y();
        for (int i = 0; i < figures.size(); i++) {
            float x = c.left() + i * (w + gap);
            b.tagger.beginArtifact(c.cs());
            c.fill(Palette.PALE_GREY, x, top - h, w, h);
            c.fill(Palette.NHS_BLUE, x, top - h, 3, h);
            b.tagger.end(c.cs());
            PDStructureElement p = b.tagger.add(parent, "P", c.page());
            b.tagger.begin(c.cs(), c.page(), p);
            c.text(Face.BOLD, 22, Palette.DARK_BLUE, x + 12, top - 28, b.fonts.safe(figures.get(i).value()));
            c.text(Face.REGULAR, 8.5f, Palette.TEXT, x + 12, top - 45, b.fonts.safe(" " + figures.get(i).caption()).strip());
            b.tagger.end(c.cs());
        }
        c.moveTo(top - h - 14);
    }
}
