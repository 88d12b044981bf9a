package org.waymark.app.chart;

import org.waymark.app.chart.ChartCanvas.Anchor;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.domain.spc.PointType;
import org.waymark.domain.spc.SpcPoint;
import org.waymark.domain.spc.SpcResult;
import org.waymark.domain.spc.SpcSegment;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Draws an XmR chart for a run of segments on one scale: each segment's mean (solid) and process limits
 * (dashed), the target in force (red dashes), the values, and special-cause points in their colour and shape
 * with the rule as a tooltip. A dotted line and a label mark where a segment starts (a definition change or a
 * recalculation with its reason). Run-chart segments get only their centre line.
 */
public final class XmrChartPainter {

    private static final double LEFT = 46, RIGHT = 12, TOP = 20, BOTTOM = 36;
    private static final double[] DASH = {5, 3}, DOTS = {1.5, 2.5};

    private XmrChartPainter() {}

    /** Paints segments [fromSegment, toSegment) of {@code r} into a width × height box at the canvas origin. */
    public static void paint(ChartCanvas c, ChartStyle style, SpcResult r, int fromSegment, int toSegment, double width, double height,
                             Function<LocalDate, String> dateLabel, String unit) {
        List<SpcSegment> segs = r.segments().subList(fromSegment, toSegment);
        int first = segs.get(0).from(), last = segs.get(segs.size() - 1).to();
        Scale s = Scale.of(r.points().subList(first, last), first, last, LEFT, width - RIGHT, TOP, height - BOTTOM);
        axes(c, style, s, unit);
        for (SpcSegment seg : segs) segment(c, style, s, seg, seg.from() != first);
        target(c, style, s, r.points());
        values(c, style, s, r.points(), dateLabel);
        xLabels(c, style, s, r.points(), dateLabel, height - BOTTOM + 12);
        legend(c, style, height - 6);
    }

    private static void axes(ChartCanvas c, ChartStyle style, Scale s, String unit) {
        for (double v : s.ticks()) {
            double y = s.y(v);
            c.line(s.left(), y, s.right(), y, style.grid(), 0.6, null);
            c.text(s.left() - 4, y + 3, MetricSpc.number(v), 8, style.text(), Anchor.END, false);
        }
        if (unit != null && !unit.isBlank()) c.text(s.left() - 4, s.top() - 8, unit, 8, style.text(), Anchor.END, false);
        c.line(s.left(), s.bottom(), s.right(), s.bottom(), style.axis(), 0.8, null);
        c.line(s.left(), s.top(), s.left(), s.bottom(), style.axis(), 0.8, null);
    }

    private static void segment(ChartCanvas c, ChartStyle style, Scale s, SpcSegment seg, boolean marked) {
        double x1 = s.x(seg.from()) - s.step() / 2, x2 = s.x(seg.to() - 1) + s.step() / 2;
        if (!marked && seg.from() > 0) {
            c.text(s.left() + 3, s.top() - 6, shorten(seg.start(), 80), 7.5, style.text(), Anchor.START, false);
        }
        if (marked) {
            c.line(x1, s.top() - 4, x1, s.bottom(), style.axis(), 0.8, DOTS);
            c.text(x1 + 3, s.top() - 6, shorten(seg.start(), (int) Math.max(12, (s.right() - x1) / 4.4)), 7.5, style.text(), Anchor.START, false);
        }
        if (Double.isNaN(seg.mean())) return;
        c.line(x1, s.y(seg.mean()), x2, s.y(seg.mean()), style.mean(), seg.hasLimits() ? 1.1 : 0.8, seg.hasLimits() ? null : DOTS);
        if (!seg.hasLimits()) return;
        c.line(x1, s.y(seg.upper()), x2, s.y(seg.upper()), style.limit(), 0.9, DASH);
        c.line(x1, s.y(seg.lower()), x2, s.y(seg.lower()), style.limit(), 0.9, DASH);
    }

    /** The target as a step line, broken where it is not set. */
    private static void target(ChartCanvas c, ChartStyle style, Scale s, List<SpcPoint> points) {
        for (int i = s.first(); i < s.last(); i++) {
            double t = points.get(i).target();
            if (Double.isNaN(t)) continue;
            c.line(s.x(i) - s.step() / 2, s.y(t), s.x(i) + s.step() / 2, s.y(t), style.target(), 1.2, new double[]{3, 2});
        }
    }

    private static void values(ChartCanvas c, ChartStyle style, Scale s, List<SpcPoint> points, Function<LocalDate, String> dateLabel) {
        int n = s.last() - s.first();
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = s.x(s.first() + i);
            ys[i] = s.y(points.get(s.first() + i).value());
        }
        c.polyline(xs, ys, style.line(), 1.2);
        for (int i = 0; i < n; i++) {
            SpcPoint p = points.get(s.first() + i);
            String tip = dateLabel.apply(p.date()) + ": " + MetricSpc.number(p.value()) + " – " + MetricSpc.rules(p);
            boolean special = p.type() != PointType.COMMON_CAUSE;
            c.shape(xs[i], ys[i], special ? 7.5 : 3.6, ChartStyle.shape(p.type()), special ? ChartStyle.ink(p.type()) : style.line(),
                    special ? style.background() : style.line(), tip);
        }
    }

    private static void xLabels(ChartCanvas c, ChartStyle style, Scale s, List<SpcPoint> points, Function<LocalDate, String> dateLabel, double y) {
        int n = s.last() - s.first();
        int every = Math.max(1, (int) Math.ceil(n / Math.max(1.0, (s.right() - s.left()) / 52)));
        for (int i = 0; i < n; i += every) {
            c.text(s.x(s.first() + i), y, dateLabel.apply(points.get(s.first() + i).date()), 7.5, style.text(), Anchor.MIDDLE, false);
        }
    }

    /** A key under the chart; spacing allows for fonts up to a fifth wider than the PDF's. */
    private static void legend(ChartCanvas c, ChartStyle style, double y) {
        double x = LEFT;
        x = key(c, style, x, y, "mean");
        c.line(LEFT, y - 3, LEFT + 14, y - 3, style.mean(), 1.1, null);
        double limits = x;
        x = key(c, style, x, y, "process limits");
        c.line(limits, y - 3, limits + 14, y - 3, style.limit(), 0.9, DASH);
        double target = x;
        x = key(c, style, x, y, "target");
        c.line(target, y - 3, target + 14, y - 3, style.target(), 1.2, new double[]{3, 2});
        for (PointType t : new PointType[]{PointType.IMPROVEMENT, PointType.CONCERN, PointType.NEITHER}) {
            double at = x;
            String word = t == PointType.IMPROVEMENT ? "improvement" : t == PointType.CONCERN ? "concern" : "neither";
            x = key(c, style, x - 8, y, word);
            c.shape(at + 3, y - 3, 7, ChartStyle.shape(t), ChartStyle.ink(t), style.background(), null);
        }
    }

    /** Writes a key's words after its 14-point sample and returns where the next key starts. */
    private static double key(ChartCanvas c, ChartStyle style, double x, double y, String word) {
        c.text(x + 17, y, word, 7.5, style.text(), Anchor.START, false);
        return x + 17 + word.length() * 5.4 + 14;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "…";
    }
}
