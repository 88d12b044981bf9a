package org.waymark.report.layout;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.waymark.domain.Brag;
import org.waymark.report.layout.PackFonts.Face;

import java.util.List;

/** Headings, paragraphs and BRAG chips placed one after another down the page, each tagged as it is drawn. */
public final class Flow {

    public static final float BODY = 9.5f;
    private final PageCursor c;

    public Flow(PageCursor c) { this.c = c; }

    public PageCursor cursor() { return c; }

    public static float leading(float size) { return size * 1.32f; }

    public PDStructureElement h1(PDStructureNode parent, String text) {
        float size = 19;
        c.ensure(90);
        PDStructureElement h = c.tagger().add(parent, "H1", c.page());
        c.tagger().begin(c.cs(), c.page(), h);
        c.text(Face.BOLD, size, Palette.NHS_BLUE, c.left(), c.y() - size, c.fonts().safe(text));
        c.tagger().end(c.cs());
        c.tagger().beginArtifact(c.cs());
        c.fill(Palette.NHS_BLUE, c.left(), c.y() - size - 9, 56, 3);
        c.tagger().end(c.cs());
        c.down(size + 22);
        return h;
    }

    /** A sub-heading, kept with at least {@code keepWith} points of what follows it. */
    public void h2(PDStructureNode parent, String text, float keepWith) {
        float size = 12.5f;
        if (!c.atTop()) c.down(6);
        c.ensure(size + 8 + keepWith);
        PDStructureElement h = c.tagger().add(parent, "H2", c.page());
        c.tagger().begin(c.cs(), c.page(), h);
        c.text(Face.BOLD, size, Palette.NHS_BLUE, c.left(), c.y() - size, c.fonts().safe(text));
        c.tagger().end(c.cs());
        c.down(size + 8);
    }

    public void paragraph(PDStructureNode parent, String text) { paragraph(parent, text, Face.REGULAR, BODY, Palette.TEXT); }

    /** Wraps to the column; a paragraph that crosses a page becomes two P elements, one per page. */
    public void paragraph(PDStructureNode parent, String text, Face face, float size, Rgb colour) {
        List<String> lines = Wrap.lines(c.fonts(), face, size, text, c.width());
        float lh = leading(size);
        int i = 0;
        while (i < lines.size()) {
            c.ensure(Math.min(lh * 2, lh * (lines.size() - i)));
            PDStructureElement p = c.tagger().add(parent, "P", c.page());
            c.tagger().begin(c.cs(), c.page(), p);
            while (i < lines.size() && c.fits(lh)) {
                c.text(face, size, colour, c.left(), c.y() - size, lines.get(i++));
                c.down(lh);
            }
            c.tagger().end(c.cs());
        }
        c.down(size * 0.6f);
    }

    /** A BRAG chip: the colour, and the letter in bold, so it never depends on colour alone. */
    public static float chip(PageCursor c, Brag b, float x, float baseline, float size, boolean withLabel) {
        String letter = b.letter();
        String label = withLabel ? " " + b.label() : "";
        float w = c.fonts().width(Face.BOLD, size, letter) + c.fonts().width(Face.REGULAR, size, label) + size * 0.9f;
        float h = size * 1.45f;
        float bottom = baseline - size * 0.32f;
        c.fill(Palette.fill(b), x, bottom, w, h);
        c.text(Face.BOLD, size, Palette.ink(b), x + size * 0.45f, baseline + size * 0.05f, letter);
        if (withLabel) c.text(Face.REGULAR, size, Palette.ink(b), x + size * 0.45f + c.fonts().width(Face.BOLD, size, letter), baseline + size * 0.05f, label);
        return w;
    }

    public static float chipWidth(PageCursor c, Brag b, float size, boolean withLabel) {
        return c.fonts().width(Face.BOLD, size, b.letter()) + (withLabel ? c.fonts().width(Face.REGULAR, size, " " + b.label()) : 0) + size * 0.9f;
    }
}
