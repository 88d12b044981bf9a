package org.waymark.report.layout;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.waymark.app.chart.ChartCanvas;
import org.waymark.report.layout.PackFonts.Face;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Draws a chart on the current PDF page, in a box whose top left is (x0, top) in PDF points. Tagging is the
 * caller's: wrap the painting in a tagged Figure with alt text, since tooltips have no place on paper.
 */
public final class PdfCanvas implements ChartCanvas {

    private final PageCursor c;
    private final float x0;
    private final float top;

    public PdfCanvas(PageCursor c, float x0, float top) {
        this.c = c;
        this.x0 = x0;
        this.top = top;
    }

    private float x(double x) { return (float) (x0 + x); }

    private float y(double y) { return (float) (top - y); }

    private static Rgb rgb(Ink ink) { return new Rgb(ink.red() / 255f, ink.green() / 255f, ink.blue() / 255f); }

    private static float[] dash(double[] d) { return d == null ? null : new float[]{(float) d[0], (float) d[1]}; }

    @Override public void line(double x1, double y1, double x2, double y2, Ink ink, double width, double[] d) {
        c.line(rgb(ink), (float) width, x(x1), y(y1), x(x2), y(y2), dash(d));
    }

    @Override public void polyline(double[] xs, double[] ys, Ink ink, double width) {
        float[] px = new float[xs.length], py = new float[ys.length];
        for (int i = 0; i < xs.length; i++) {
            px[i] = x(xs[i]);
            py[i] = y(ys[i]);
        }
        c.polyline(rgb(ink), (float) width, px, py, xs.length, null);
    }

    @Override public void shape(double x, double y, double size, Shape shape, Ink fill, Ink stroke, String tooltip) {
        float cx = x(x), cy = y(y), r = (float) size / 2;
        PDPageContentStream cs = c.cs();
        try {
            Rgb f = rgb(fill), s = rgb(stroke);
            cs.setNonStrokingColor(f.r(), f.g(), f.b());
            cs.setStrokingColor(s.r(), s.g(), s.b());
            cs.setLineWidth(0.8f);
            switch (shape) {
                case CIRCLE -> circle(cs, cx, cy, r);
                case SQUARE, ROUNDED_SQUARE -> cs.addRect(cx - r, cy - r, 2 * r, 2 * r);
                case DIAMOND -> polygon(cs, new float[]{cx, cx + r * 1.2f, cx, cx - r * 1.2f}, new float[]{cy + r * 1.2f, cy, cy - r * 1.2f, cy});
                case TRIANGLE -> polygon(cs, new float[]{cx, cx + r * 1.1f, cx - r * 1.1f}, new float[]{cy + r * 1.2f, cy - r * 0.8f, cy - r * 0.8f});
            }
            cs.fillAndStroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void arrow(double x, double y, double size, int direction, Ink fill) {
        float cx = x(x), cy = y(y), h = (float) size / 2 * direction;
        try {
            Rgb f = rgb(fill);
            c.cs().setNonStrokingColor(f.r(), f.g(), f.b());
            polygon(c.cs(), new float[]{cx, cx + (float) size / 2, cx - (float) size / 2}, new float[]{cy + h, cy - h, cy - h});
            c.cs().fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void text(double x, double y, String text, double size, Ink ink, Anchor anchor, boolean bold) {
        Face face = bold ? Face.BOLD : Face.REGULAR;
        String safe = c.fonts().safe(text);
        float w = c.fonts().width(face, (float) size, safe);
        float dx = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
        c.text(face, (float) size, rgb(ink), x(x) + dx, y(y), safe);
    }

    private static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.552f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    private static void polygon(PDPageContentStream cs, float[] xs, float[] ys) throws IOException {
        cs.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) cs.lineTo(xs[i], ys[i]);
        cs.closePath();
    }
}
