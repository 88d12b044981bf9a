package org.waymark.report.layout;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The page being drawn and how far down it we are. Coordinates are PDF points from the bottom left; the cursor's
 * y is the top of the next thing to draw. Space for the running header and footer is kept free.
 */
public final class PageCursor {

    public static final float MARGIN_X = 50, TOP = 64, BOTTOM = 56;
    private static final PDRectangle PORTRAIT = PDRectangle.A4;
    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final PDDocument doc;
    private final PackFonts fonts;
    private final Tagger tagger;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;
    private boolean landscape;
    private int pagesMade;

    public PageCursor(PDDocument doc, PackFonts fonts, Tagger tagger) {
        this.doc = doc;
        this.fonts = fonts;
        this.tagger = tagger;
    }

    /** A cursor that draws on an already open stream, for decorating finished pages. */
    static PageCursor onStream(PDDocument doc, PackFonts fonts, Tagger tagger, PDPage page, PDPageContentStream cs) {
        PageCursor c = new PageCursor(doc, fonts, tagger);
        c.page = page;
        c.cs = cs;
        c.y = c.top();
        return c;
    }

    public PackFonts fonts() { return fonts; }
    public Tagger tagger() { return tagger; }
    public PDDocument document() { return doc; }
    public PDPage page() { return page; }
    public PDPageContentStream cs() { return cs; }
    public boolean landscape() { return landscape; }
    public int pagesMade() { return pagesMade; }

    public void newPage(boolean landscape) {
        close();
        this.landscape = landscape;
        page = new PDPage(landscape ? LANDSCAPE : PORTRAIT);
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        doc.addPage(page);
        pagesMade++;
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    /** Same orientation as now. */
    public void newPage() { newPage(landscape); }

    public float pageWidth() { return page.getMediaBox().getWidth(); }
    public float pageHeight() { return page.getMediaBox().getHeight(); }
    public float left() { return MARGIN_X; }
    public float right() { return pageWidth() - MARGIN_X; }
    public float width() { return right() - left(); }
    public float top() { return page.getMediaBox().getHeight() - TOP; }
    public float bottom() { return BOTTOM; }
    public float y() { return y; }
    public void down(float d) { y -= d; }
    public void moveTo(float newY) { y = newY; }
    public boolean fits(float height) { return y - height >= bottom(); }
    public boolean atTop() { return y >= top() - 0.5f; }

    /** Starts a new page unless {@code height} still fits; returns whether it broke. */
    public boolean ensure(float height) {
        if (fits(height) || atTop()) return false;
        newPage();
        return true;
    }

    public void close() {
        if (cs == null) return;
        try {
            cs.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cs = null;
    }

    // Drawing primitives. Tagging is the caller's job: wrap these in Tagger.begin/end or beginArtifact/end.

    /**
     * Draws one line. Right-to-left text is shaped and put in drawing order first; each font's run is shown in turn,
     * and the text position advances by the glyphs drawn, so mixed scripts sit side by side.
     */
    public void text(PackFonts.Face face, float size, Rgb colour, float x, float baseline, String s) {
        try {
            cs.beginText();
            cs.setNonStrokingColor(colour.r(), colour.g(), colour.b());
            cs.newLineAtOffset(x, baseline);
            for (PackFonts.Run run : fonts.runs(face, VisualOrder.visual(s))) {
                cs.setFont(fonts.font(run.file()), size);
                cs.showText(run.text());
            }
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void fill(Rgb colour, float x, float yBottom, float w, float h) {
        try {
            cs.setNonStrokingColor(colour.r(), colour.g(), colour.b());
            cs.addRect(x, yBottom, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void line(Rgb colour, float lineWidth, float x1, float y1, float x2, float y2) {
        line(colour, lineWidth, x1, y1, x2, y2, null);
    }

    public void line(Rgb colour, float lineWidth, float x1, float y1, float x2, float y2, float[] dash) {
        try {
            cs.setStrokingColor(colour.r(), colour.g(), colour.b());
            cs.setLineWidth(lineWidth);
            cs.setLineDashPattern(dash == null ? new float[0] : dash, 0);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
            if (dash != null) cs.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void polyline(Rgb colour, float lineWidth, float[] xs, float[] ys, int n, float[] dash) {
        if (n < 2) return;
        try {
            cs.setStrokingColor(colour.r(), colour.g(), colour.b());
            cs.setLineWidth(lineWidth);
            cs.setLineDashPattern(dash == null ? new float[0] : dash, 0);
            cs.moveTo(xs[0], ys[0]);
            for (int i = 1; i < n; i++) cs.lineTo(xs[i], ys[i]);
            cs.stroke();
            if (dash != null) cs.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void dot(Rgb colour, float x, float yc, float r) {
        fill(colour, x - r, yc - r, 2 * r, 2 * r);
    }

    public void outline(Rgb colour, float lineWidth, float x, float yBottom, float w, float h) {
        try {
            cs.setStrokingColor(colour.r(), colour.g(), colour.b());
            cs.setLineWidth(lineWidth);
            cs.addRect(x, yBottom, w, h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
