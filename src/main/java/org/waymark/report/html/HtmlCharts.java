package org.waymark.report.html;

import org.waymark.app.chart.ChartStyle;
import org.waymark.app.chart.SpcFigure;
import org.waymark.app.chart.SpcText;
import org.waymark.app.chart.SvgCanvas;
import org.waymark.domain.spc.MetricSpc;
import java.time.YearMonth;

import org.waymark.domain.Brag;
import org.waymark.domain.BragCounts;
import org.waymark.domain.regulation.RegimeStep;
import org.waymark.report.Dates;
import org.waymark.report.layout.LineChart;
import org.waymark.report.model.Block;
import org.waymark.report.model.TimelineData;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The pack's charts as inline SVG. Each is one image to assistive technology (role img, with a title and a
 * description) and is followed by its data as a table; colours come from the page's stylesheet, so they follow
 * the light or dark scheme, and series differ by dash and dots as well as colour.
 */
final class HtmlCharts {

    private static final List<Brag> ORDER = List.of(Brag.RED, Brag.AMBER, Brag.GREEN, Brag.BLUE);

    /** The BRAG shapes, defined once and used by every chip: triangle, diamond, circle, square. */
    static final String SHAPES = "<svg class=\"defs\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\"><defs>"
            + "<symbol id=\"shape-r\" viewBox=\"0 0 10 10\"><path d=\"M5 0.5 9.8 9.5H0.2Z\"/></symbol>"
            + "<symbol id=\"shape-a\" viewBox=\"0 0 10 10\"><path d=\"M5 0 10 5 5 10 0 5Z\"/></symbol>"
            + "<symbol id=\"shape-g\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4.6\"/></symbol>"
            + "<symbol id=\"shape-b\" viewBox=\"0 0 10 10\"><rect x=\"0.8\" y=\"0.8\" width=\"8.4\" height=\"8.4\"/></symbol>"
            + "</defs></svg>\n";

    private final Consumer<String> out;
    private int next;

    HtmlCharts(Consumer<String> out) { this.out = out; }

    private String open(String cls, int w, int h, String title, String desc) {
        String id = "chart-" + ++next;
        return "<svg class=\"chart " + cls + "\" role=\"img\" viewBox=\"0 0 " + w + " " + h + "\" aria-labelledby=\"" + id + "-t " + id + "-d\">"
                + "<title id=\"" + id + "-t\">" + Html.esc(title) + "</title><desc id=\"" + id + "-d\">" + Html.esc(desc) + "</desc>\n";
    }

    private static String text(String cls, double x, double y, String anchor, String s) {
        return "<text class=\"" + cls + "\" x=\"" + f(x) + "\" y=\"" + f(y) + "\"" + (anchor == null ? "" : " text-anchor=\"" + anchor + "\"") + ">"
                + Html.esc(s) + "</text>";
    }

    private static String rect(String cls, double x, double y, double w, double h) {
        return "<rect class=\"" + cls + "\" x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(w) + "\" height=\"" + f(h) + "\"/>";
    }

    private static String line(String cls, double x1, double y1, double x2, double y2) {
        return "<line class=\"" + cls + "\" x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\"/>";
    }

    static String f(double v) { return String.format(Locale.ROOT, "%.1f", v); }

    private static String k(Brag b) { return b.letter().toLowerCase(Locale.ROOT); }

    /** Shortens text to about {@code max} characters for a fixed-width label; the table beside gives it in full. */
    private static String cut(String s, int max) { return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…"; }

    void bragChart(Block.BragChart c) {
        int bar = 20, gap = 10, labelW = 210, w = 720;
        int h = c.labels().size() * (bar + gap) + 40;
        StringBuilder s = new StringBuilder(open("bars", w, h, c.title(), c.description()));
        int max = 1;
        for (BragCounts bc : c.counts()) max = Math.max(max, bc.total());
        double space = w - labelW - 40;
        s.append(line("axis", labelW, 0, labelW, c.labels().size() * (bar + gap)));
        for (int i = 0; i < c.labels().size(); i++) {
            double y = i * (bar + gap) + gap / 2.0;
            s.append(text("t", labelW - 6, y + bar * 0.7, "end", cut(c.labels().get(i), 32)));
            double x = labelW;
            for (Brag b : ORDER) {
                int n = c.counts().get(i).get(b);
                if (n == 0) continue;
                double bw = space * n / max;
                s.append(rect("f-" + k(b), x, y, bw, bar));
                String label = b.letter() + " " + n;
                if (bw >= label.length() * 7 + 6) s.append(text("ink-" + k(b), x + 4, y + bar * 0.7, null, label));
                x += bw;
            }
            s.append(text("t b", x + 5, y + bar * 0.7, null, String.valueOf(c.counts().get(i).total())));
        }
        double lx = labelW, ly = h - 14;
        for (Brag b : ORDER) {
            s.append(rect("f-" + k(b), lx, ly - 10, 14, 14)).append(text("ink-" + k(b), lx + 3.5, ly + 1, null, b.letter()))
                    .append(text("t", lx + 19, ly + 1, null, b.label()));
            lx += 30 + b.label().length() * 7.5;
        }
        out.accept(s.append("</svg>\n").toString());
    }

    /** The same XmR figure the window and the PDF draw, painted as SVG on a light panel so its colours hold in dark mode. */
    void xmr(Block.XmrChart c) {
        MetricSpc spc = MetricSpc.of(c.metric());
        int w = 720, h = (int) Math.ceil(SpcFigure.height(spc.result()));
        SvgCanvas canvas = new SvgCanvas(w, h, c.title());
        SpcFigure.paint(canvas, ChartStyle.LIGHT, c.title(), spc.result(), w, SpcText.labels(spc.result()),
                from -> c.metric().unitAt(YearMonth.from(spc.result().points().get(from).date())));
        out.accept(open("xmr", w, h, c.title(), c.description()) + canvas.body() + "</svg>\n");
    }

    void lineChart(Block.LineChart c) {
        int w = 720, h = 270;
        // room on the right for the last month's label, centred under its point
        double left = 56, right = w - 36, top = 24, bottom = h - 56;
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (Block.Series se : c.series()) for (double v : se.values()) if (!Double.isNaN(v)) { min = Math.min(min, v); max = Math.max(max, v); }
        if (min == Double.MAX_VALUE) { min = 0; max = 1; }
        double[] ticks = LineChart.niceTicks(min, max);
        double lo = ticks[0], hi = ticks[ticks.length - 1];
        StringBuilder s = new StringBuilder(open("lines", w, h, c.title(), c.description()));
        s.append(text("m i", 0, 12, null, c.unit()));
        for (double t : ticks) {
            double y = bottom - (t - lo) / (hi - lo) * (bottom - top);
            s.append(line("grid", left, y, right, y)).append(text("m", left - 6, y + 4, "end", LineChart.format(t)));
        }
        s.append(line("axis", left, bottom, right, bottom));
        int n = c.periods().size();
        double step = n <= 1 ? 0 : (right - left - 12) / (n - 1);
        int every = Math.max(1, (int) Math.ceil(n / ((right - left) / 70.0)));
        for (int i = 0; i < n; i += every) s.append(text("m", left + 6 + i * step, bottom + 16, "middle", c.periods().get(i)));
        java.util.Set<Integer> breaks = new java.util.HashSet<>();
        for (Block.Marker m : c.markers()) {
            breaks.add(m.index());
            double x = left + 6 + m.index() * step;
            s.append(line("marker", x, top, x, bottom));
            boolean flip = x + m.label().length() * 6.2 > right;
            s.append(text("t i", flip ? x - 4 : x + 4, top + 10, flip ? "end" : null, m.label()));
        }
        for (Block.Series se : c.series()) {
            String cls = "s-" + se.style().name().toLowerCase(Locale.ROOT);
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i <= n; i++) {
                boolean gap = i == n || Double.isNaN(se.values()[i]) || (breaks.contains(i) && pts.length() > 0);
                if (gap && pts.length() > 0) {
                    s.append("<polyline class=\"").append(cls).append("\" points=\"").append(pts.toString().strip()).append("\"/>");
                    pts.setLength(0);
                }
                if (i < n && !Double.isNaN(se.values()[i])) {
                    double x = left + 6 + i * step, y = bottom - (se.values()[i] - lo) / (hi - lo) * (bottom - top);
                    pts.append(f(x)).append(',').append(f(y)).append(' ');
                    if (se.style() == Block.SeriesStyle.ACTUAL) s.append("<circle class=\"dot\" cx=\"").append(f(x)).append("\" cy=\"").append(f(y)).append("\" r=\"3\"/>");
                }
            }
        }
        double lx = left;
        for (Block.Series se : c.series()) {
            String cls = "s-" + se.style().name().toLowerCase(Locale.ROOT);
            s.append(line(cls, lx, h - 14, lx + 28, h - 14));
            if (se.style() == Block.SeriesStyle.ACTUAL) s.append("<circle class=\"dot\" cx=\"").append(f(lx + 14)).append("\" cy=\"").append(f(h - 14)).append("\" r=\"3\"/>");
            s.append(text("t", lx + 34, h - 10, null, se.name()));
            lx += 60 + se.name().length() * 7;
        }
        out.accept(s.append("</svg>\n").toString());
    }

    void timeline(Block.Timeline t) {
        TimelineData d = t.data();
        int w = 1000, row = 18, axis = 26, labelW = 330;
        int rows = d.groups().size() + d.bars() + (d.regimeSteps().isEmpty() ? 0 : 1);
        int h = axis + rows * row + 4;
        long span = Math.max(1, ChronoUnit.DAYS.between(d.from(), d.to()));
        double x0 = labelW, x1 = w - 6;
        String desc = d.bars() + " actions in " + d.groups().size() + " groups, from " + Dates.month(YearMonth.from(d.from())) + " to "
                + Dates.month(YearMonth.from(d.to().minusDays(1))) + ". Today is " + Dates.uk(d.today()) + " and the board meets on "
                + Dates.uk(d.meeting()) + ". The table that follows gives every action's dates and BRAG." + regimeSteps(d.regimeSteps());
        StringBuilder s = new StringBuilder(open("gantt", w, h, t.title(), desc));
        long months = ChronoUnit.MONTHS.between(YearMonth.from(d.from()), YearMonth.from(d.to()));
        int every = months <= 18 ? 1 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
        for (LocalDate m = d.from(); !m.isAfter(d.to()); m = m.plusMonths(1)) {
            if ((m.getYear() * 12 + m.getMonthValue() - 1) % every != 0) continue;
            double x = x(m, d, span, x0, x1);
            s.append(line("grid", x, axis - 4, x, h));
            if (x + 60 <= x1) s.append(text("m", x + 3, axis - 9, null, Dates.month(YearMonth.from(m))));
        }
        double y = axis;
        if (!d.regimeSteps().isEmpty()) {
            regimeRow(s, d, y, row, span, x0, x1);
            y += row;
        }
        for (TimelineData.Group g : d.groups()) {
            int room = 150;
            String diamond = "";
            if (g.deadline() != null && !g.deadline().isBefore(d.from()) && !g.deadline().isAfter(d.to())) {
                double x = x(g.deadline(), d, span, x0, x1), cy = y + row / 2.0;
                room = Math.max(12, (int) ((x - 14) / 6.6)); // the label stops short of the deadline's diamond
                diamond = "<path class=\"ink\" d=\"M" + f(x) + " " + f(cy - 5) + " L" + f(x + 5) + " " + f(cy) + " L" + f(x) + " " + f(cy + 5)
                        + " L" + f(x - 5) + " " + f(cy) + " Z\"/>";
            }
            s.append(rect("band", 0, y, w, row)).append(text("t b", 4, y + 13, null, cut(g.label(), room))).append(diamond);
            y += row;
            for (TimelineData.Bar b : g.bars()) {
                s.append(text("t", 10, y + 13, null, cut(b.ref() + "  " + b.title(), 52)));
                if (b.due() == null) {
                    s.append(text("m i", x0 + 4, y + 13, null, "No due date"));
                } else {
                    LocalDate start = b.start() != null ? b.start() : b.due().minusDays(30);
                    double bx = x(start, d, span, x0, x1), ex = Math.max(x(b.due(), d, span, x0, x1), bx + 2);
                    s.append(rect("f-" + k(b.brag()), bx, y + 3, ex - bx, row - 6));
                    s.append(ex - bx >= 12 ? text("ink-" + k(b.brag()) + " b", bx + 3, y + 13, null, b.brag().letter())
                            : text("t b", ex + 3, y + 13, null, b.brag().letter()));
                    if (b.slipped()) {
                        double ox = x(b.originalDue(), d, span, x0, x1);
                        s.append(line("tick", ox, y + 1, ox, y + row - 1));
                    }
                }
                y += row;
            }
        }
        for (LocalDate m : new LocalDate[]{d.today(), d.meeting()}) {
            if (m.isBefore(d.from()) || m.isAfter(d.to())) continue;
            double x = x(m, d, span, x0, x1);
            s.append(line(m == d.today() ? "today" : "board", x, axis - 2, x, h));
        }
        for (RegimeStep r : d.regimeSteps()) {
            if (!r.date().isBefore(d.from()) && !r.date().isAfter(d.to())) s.append(line("regime", x(r.date(), d, span, x0, x1), axis - 2, x(r.date(), d, span, x0, x1), h));
        }
        out.accept(s.append("</svg>\n").toString());
    }

    /** The top row: a flag at each regime step with its date and words, cut short where the next step begins. */
    private static void regimeRow(StringBuilder s, TimelineData d, double y, int row, long span, double x0, double x1) {
        s.append(rect("band", 0, y, x1 + 6, row)).append(text("t b", 4, y + 13, null, "Oversight regime"));
        List<RegimeStep> steps = d.regimeSteps();
        for (int i = 0; i < steps.size(); i++) {
            LocalDate at = steps.get(i).date();
            if (at.isBefore(d.from()) || at.isAfter(d.to())) continue;
            double x = x(at, d, span, x0, x1);
            double next = i + 1 < steps.size() && !steps.get(i + 1).date().isAfter(d.to()) ? x(steps.get(i + 1).date(), d, span, x0, x1) : x1;
            s.append("<path class=\"flag\" d=\"M").append(f(x)).append(' ').append(f(y + 3)).append(" L").append(f(x + 7)).append(' ')
                    .append(f(y + 6.5)).append(" L").append(f(x)).append(' ').append(f(y + 10)).append(" Z\"/>");
            int room = (int) ((next - x - 14) / 6.6);
            if (room >= 4) s.append(text("rg", x + 9, y + 13, null, cut(Dates.uk(at) + " " + steps.get(i).words(), room)));
        }
    }

    /** The regime steps in words, for the figure's description. */
    private static String regimeSteps(List<RegimeStep> steps) {
        if (steps.isEmpty()) return "";
        StringBuilder s = new StringBuilder(" Purple lines mark the steps in the oversight regime:");
        for (RegimeStep r : steps) s.append(' ').append(Dates.uk(r.date())).append(", ").append(r.words()).append(';');
        return s.toString();
    }

    private static double x(LocalDate date, TimelineData d, long span, double x0, double x1) {
        return x0 + (x1 - x0) * ChronoUnit.DAYS.between(d.from(), date) / span;
    }
}
