package org.waymark.app.chart;

import org.waymark.app.chart.ChartCanvas.Anchor;
import org.waymark.domain.spc.SpcResult;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** A titled figure: the two icons with their words, the reason for no limits if any, then one XmR chart per era. */
public final class SpcFigure {

    public static final double HEADER = 40;
    public static final double CHART = 230;

    private SpcFigure() {}

    public static double height(SpcResult r) {
        return HEADER + CHART * Math.max(1, r.eraRanges().size());
    }

    public static void paint(ChartCanvas c, ChartStyle style, String title, SpcResult r, double width,
                             Function<LocalDate, String> dateLabel, Function<Integer, String> eraUnit) {
        c.text(8, 16, title, 12, style.text(), Anchor.START, true);
        icons(c, style, r, width - 8, 20);
        String note = r.note();
        c.text(8, 32, note.isEmpty() ? "" : note, 8.5, style.text(), Anchor.START, false);
        if (r.points().isEmpty()) return;
        List<int[]> eras = r.eraRanges();
        for (int e = 0; e < eras.size(); e++) {
            Translated t = new Translated(c, 0, HEADER + e * CHART);
            XmrChartPainter.paint(t, style, r, eras.get(e)[0], eras.get(e)[1], width, CHART - 6, dateLabel,
                    eraUnit.apply(r.segments().get(eras.get(e)[0]).from()));
        }
    }

    /** The icons at the right, each followed by its words to the left of it. */
    static void icons(ChartCanvas c, ChartStyle style, SpcResult r, double right, double y) {
        double size = 24;
        SpcIcons.assurance(c, right - size / 2, y, size, r.assurance());
        SpcIcons.variation(c, right - size * 1.5 - 6, y, size, r.variation());
        c.text(right - size * 2 - 12, y - 2, r.variation().label(), 8, style.text(), Anchor.END, false);
        c.text(right - size * 2 - 12, y + 9, r.assurance().label(), 8, style.text(), Anchor.END, false);
    }

    /** Shifts another canvas down, so a chart can be painted below a header. */
    private record Translated(ChartCanvas c, double dx, double dy) implements ChartCanvas {
        @Override public void line(double x1, double y1, double x2, double y2, Ink ink, double w, double[] dash) {
            c.line(x1 + dx, y1 + dy, x2 + dx, y2 + dy, ink, w, dash);
        }

        @Override public void polyline(double[] xs, double[] ys, Ink ink, double w) {
            double[] x = xs.clone(), y = ys.clone();
            for (int i = 0; i < x.length; i++) {
                x[i] += dx;
                y[i] += dy;
            }
            c.polyline(x, y, ink, w);
        }

        @Override public void shape(double x, double y, double size, Shape shape, Ink fill, Ink stroke, String tooltip) {
            c.shape(x + dx, y + dy, size, shape, fill, stroke, tooltip);
        }

        @Override public void arrow(double x, double y, double size, int direction, Ink fill) {
            c.arrow(x + dx, y + dy, size, direction, fill);
        }

        @Override public void text(double x, double y, String text, double size, Ink ink, Anchor anchor, boolean bold) {
            c.text(x + dx, y + dy, text, size, ink, anchor, bold);
        }
    }

    /** A canvas moved by (dx, dy): for placing a chart inside a larger drawing. */
    public static ChartCanvas translate(ChartCanvas c, double dx, double dy) { return new Translated(c, dx, dy); }
}
