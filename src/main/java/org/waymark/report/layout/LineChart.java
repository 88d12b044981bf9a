package org.waymark.report.layout;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.waymark.report.layout.PackFonts.Face;

import java.util.List;
import java.util.Locale;

/**
 * A vector line chart over a run of periods: several series (a NaN value leaves a gap), and vertical markers for
 * events such as a change of definition. Series are told apart by dash pattern and markers as well as colour.
 */
public final class LineChart {

    public record Series(String name, Rgb colour, float[] dash, double[] values, boolean dots) {}

    public record Marker(int index, String label) {}

    private static final float SIZE = 7.5f;

    private LineChart() {}

    public static void draw(PageCursor c, PDStructureNode parent, String alt, List<String> periods, List<Series> series,
                            List<Marker> markers, String unit, float height) {
        c.ensure(height + 8);
        float top = c.y();
        PDStructureElement fig = c.tagger().figure(parent, c.page(), alt, new PDRectangle(c.left(), top - height, c.width(), height));
        c.tagger().begin(c.cs(), c.page(), fig);
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (Series s : series) for (double v : s.values()) if (!Double.isNaN(v)) { min = Math.min(min, v); max = Math.max(max, v); }
        if (min == Double.MAX_VALUE) { min = 0; max = 1; }
        double[] ticks = niceTicks(min, max);
        double lo = ticks[0], hi = ticks[ticks.length - 1];
        float plotLeft = c.left() + 40, plotRight = c.right() - 8;
        float plotTop = top - 14, plotBottom = top - height + 40;
        c.text(Face.ITALIC, SIZE, Palette.DARK_GREY, c.left(), top - SIZE, c.fonts().safe(unit));
        for (double t : ticks) {
            float y = (float) (plotBottom + (t - lo) / (hi - lo) * (plotTop - plotBottom));
            c.line(Palette.PALE_GREY, 0.5f, plotLeft, y, plotRight, y);
            String label = format(t);
            c.text(Face.REGULAR, SIZE, Palette.DARK_GREY, plotLeft - 4 - c.fonts().width(Face.REGULAR, SIZE, label), y - SIZE * 0.35f, label);
        }
        c.line(Palette.MID_GREY, 0.7f, plotLeft, plotBottom, plotRight, plotBottom);
        int n = periods.size();
        float step = n <= 1 ? 0 : (plotRight - plotLeft - 10) / (n - 1);
        int every = Math.max(1, (int) Math.ceil(n / ((plotRight - plotLeft) / 34f)));
        for (int i = 0; i < n; i += every) {
            float x = plotLeft + 5 + i * step;
            String label = periods.get(i);
            c.text(Face.REGULAR, SIZE, Palette.DARK_GREY, x - c.fonts().width(Face.REGULAR, SIZE, label) / 2, plotBottom - 11, label);
        }
        for (Marker m : markers) {
            float x = plotLeft + 5 + m.index() * step;
            c.line(Palette.DARK_GREY, 0.8f, x, plotBottom, x, plotTop, new float[]{1.5f, 2});
            String label = c.fonts().safe(m.label());
            float w = c.fonts().width(Face.ITALIC, SIZE, label);
            float lx = x + w + 3 > plotRight ? x - w - 3 : x + 3;
            c.text(Face.ITALIC, SIZE, Palette.TEXT, lx, plotTop - SIZE, label);
        }
        float[] xs = new float[n], ys = new float[n];
        java.util.Set<Integer> breaks = new java.util.HashSet<>();
        for (Marker m : markers) breaks.add(m.index());
        for (Series s : series) {
            int run = 0;
            for (int i = 0; i <= n; i++) {
                if (i < n && breaks.contains(i) && run > 0) {
                    // values either side of a change of definition are not comparable, so the line does not join them
                    stroke(c, s, xs, ys, run);
                    run = 0;
                }
                boolean gap = i == n || Double.isNaN(s.values()[i]);
                if (!gap) {
                    xs[run] = plotLeft + 5 + i * step;
                    ys[run] = (float) (plotBottom + (s.values()[i] - lo) / (hi - lo) * (plotTop - plotBottom));
                    run++;
                }
                if (gap || i == n - 1) {
                    stroke(c, s, xs, ys, run);
                    run = 0;
                }
            }
        }
        float lx = plotLeft, ly = top - height + 10;
        for (Series s : series) {
            c.line(s.colour(), s.dots() ? 1.6f : 1.2f, lx, ly + 2.5f, lx + 18, ly + 2.5f, s.dash());
            if (s.dots()) c.dot(s.colour(), lx + 9, ly + 2.5f, 1.8f);
            String name = c.fonts().safe(s.name());
            c.text(Face.REGULAR, SIZE, Palette.TEXT, lx + 22, ly, name);
            lx += 30 + c.fonts().width(Face.REGULAR, SIZE, name);
        }
        c.tagger().end(c.cs());
        c.moveTo(top - height);
        c.down(6);
    }

    private static void stroke(PageCursor c, Series s, float[] xs, float[] ys, int run) {
        if (run == 0) return;
        c.polyline(s.colour(), s.dots() ? 1.6f : 1.2f, xs, ys, run, s.dash());
        if (s.dots()) for (int k = 0; k < run; k++) c.dot(s.colour(), xs[k], ys[k], 1.8f);
        if (run == 1 && !s.dots()) c.line(s.colour(), 1.2f, xs[0] - 3, ys[0], xs[0] + 3, ys[0]);
    }

    public static String format(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) return String.valueOf((long) Math.rint(v));
        return String.format(Locale.UK, "%.1f", v);
    }

    /** Round tick values that span [min, max] in about five steps. */
    public static double[] niceTicks(double min, double max) {
        if (max - min < 1e-9) { min -= 1; max += 1; }
        double raw = (max - min) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] steps = {1, 2, 2.5, 5, 10};
        double step = mag;
        for (double s : steps) if (s * mag >= raw) { step = s * mag; break; }
        double lo = Math.floor(min / step) * step, hi = Math.ceil(max / step) * step;
        int count = (int) Math.round((hi - lo) / step) + 1;
        double[] t = new double[count];
        for (int i = 0; i < count; i++) t[i] = lo + i * step;
        return t;
    }
}
