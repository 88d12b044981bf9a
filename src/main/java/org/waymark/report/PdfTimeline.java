package org.waymark.report;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.domain.regulation.RegimeStep;
import org.waymark.report.layout.PackFonts.Face;
import org.waymark.report.layout.PageCursor;
import org.waymark.report.layout.Palette;
import org.waymark.report.layout.Rgb;
import org.waymark.report.layout.Wrap;
import org.waymark.report.model.TimelineData;
import org.waymark.report.model.TimelineData.Bar;
import org.waymark.report.model.TimelineData.Group;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the timeline on landscape pages. Bars keep their BRAG colour and letter; a tick marks the original due date
 * where it slipped; dashed lines mark today and the board meeting; a purple line and a flag on a top row, with its
 * words, mark each step of the regime history. Each page is one figure whose alternative text lists every bar on it
 * and the regime steps.
 */
final class PdfTimeline {

    private static final float ROW = 14, LABEL_W = 230, SIZE = 7.5f, AXIS = 22;

    private record Row(Group group, Bar bar) {}

    private final PackBuilder b;
    private final TimelineData data;
    private final long span;

    private PdfTimeline(PackBuilder b, TimelineData data) {
        this.b = b;
        this.data = data;
        this.span = ChronoUnit.DAYS.between(data.from(), data.to());
    }

    static void draw(PackBuilder b, PDStructureElement sect, TimelineData data) {
        List<Row> rows = new ArrayList<>();
        for (Group g : data.groups()) for (Bar bar : g.bars()) rows.add(new Row(g, bar));
        List<Bar> bars = rows.stream().map(Row::bar).toList();
        PdfTimeline t = new PdfTimeline(b, data);
        int i = 0, pageNo = 0;
        while (i < rows.size()) {
            if (pageNo++ > 0) b.cursor.newPage();
            b.checkCancelled();
            i = t.page(sect, rows, bars, i);
        }
    }

    /** Draws rows from {@code start} until the page is full; returns the index of the first row not drawn. */
    private int page(PDStructureElement sect, List<Row> rows, List<Bar> bars, int start) {
        PageCursor c = b.cursor;
        float top = c.y(), bottom = c.bottom();
        float x0 = c.left() + LABEL_W, x1 = c.right();
        List<RegimeStep> steps = data.regimeSteps();
        float band = steps.isEmpty() ? 0 : ROW;
        int capacity = (int) ((top - AXIS - band - bottom) / ROW);
        int end = start, used = 0;
        Group group = start > 0 ? rows.get(start - 1).group() : null;
        List<Object> lines = new ArrayList<>();
        while (end < rows.size() && used < capacity) {
            Row r = rows.get(end);
            if (r.group() != group) {
                if (used + 2 > capacity) break;
                lines.add(r.group());
                group = r.group();
                used++;
            }
            lines.add(r.bar());
            used++;
            end++;
        }
        float height = AXIS + band + used * ROW;
        PDStructureElement fig = b.tagger.figure(sect, c.page(), TimelineSection.alt(bars, start, end) + TimelineSection.steps(steps),
                new PDRectangle(c.left(), top - height, c.width(), height));
        b.tagger.begin(c.cs(), c.page(), fig);
        axis(top, x0, x1);
        float y = top - AXIS;
        if (band > 0) {
            regimeRow(steps, y, x0, x1);
            y -= ROW;
        }
        for (Object line : lines) {
            if (line instanceof Group g) {
                c.fill(Palette.PALE_GREY, c.left(), y - ROW, c.width(), ROW);
                float diamond = deadline(g, y, x0, x1);
                float room = (diamond > 0 ? diamond - 8 : c.right()) - c.left() - 6;
                c.text(Face.BOLD, SIZE, Palette.DARK_BLUE, c.left() + 3, y - ROW + 4.5f, Wrap.ellipsis(b.fonts, Face.BOLD, SIZE, g.label(), room));
            } else {
                bar((Bar) line, y, x0, x1);
            }
            y -= ROW;
        }
        marker(Palette.RED, data.today(), x0, x1, top - AXIS + 4, y);
        marker(Palette.NHS_BLUE, data.meeting(), x0, x1, top - AXIS + 4, y);
        for (RegimeStep s : steps) {
            if (inSpan(s.date())) c.line(Palette.PURPLE, 1f, x(s.date(), x0, x1), top - AXIS + 4, x(s.date(), x0, x1), y);
        }
        b.tagger.end(c.cs());
        c.moveTo(y);
        return end;
    }

    private float x(LocalDate d, float x0, float x1) {
        return x0 + (x1 - x0) * ChronoUnit.DAYS.between(data.from(), d) / (float) span;
    }

    private void axis(float top, float x0, float x1) {
        PageCursor c = b.cursor;
        long months = ChronoUnit.MONTHS.between(YearMonth.from(data.from()), YearMonth.from(data.to()));
        int every = months <= 18 ? 1 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
        c.line(Palette.MID_GREY, 0.7f, x0, top - AXIS + 2, x1, top - AXIS + 2);
        for (LocalDate d = data.from(); !d.isAfter(data.to()); d = d.plusMonths(1)) {
            if ((d.getYear() * 12 + d.getMonthValue() - 1) % every != 0) continue;
            float x = x(d, x0, x1);
            c.line(Palette.PALE_GREY, 0.5f, x, top - AXIS + 2, x, c.bottom());
            String label = Dates.month(YearMonth.from(d));
            if (x + c.fonts().width(Face.REGULAR, SIZE, label) <= x1) c.text(Face.REGULAR, SIZE, Palette.DARK_GREY, x + 2, top - AXIS + 7, label);
        }
    }

    private void bar(Bar a, float y, float x0, float x1) {
        PageCursor c = b.cursor;
        String label = Wrap.ellipsis(b.fonts, Face.REGULAR, SIZE, a.ref() + "  " + a.title(), LABEL_W - 12);
        c.text(Face.REGULAR, SIZE, Palette.TEXT, c.left() + 8, y - ROW + 4.5f, label);
        LocalDate due = a.due();
        if (due == null) {
            c.text(Face.ITALIC, SIZE, Palette.DARK_GREY, x0 + 4, y - ROW + 4.5f, "No due date");
            return;
        }
        LocalDate start = a.start() != null ? a.start() : due.minusDays(30);
        float bx = x(start, x0, x1), ex = Math.max(x(due, x0, x1), bx + 2);
        float h = ROW - 5, by = y - ROW + 2.5f;
        c.fill(Palette.fill(a.brag()), bx, by, ex - bx, h);
        String letter = a.brag().letter();
        float lw = c.fonts().width(Face.BOLD, SIZE, letter);
        if (ex - bx >= lw + 4) c.text(Face.BOLD, SIZE, Palette.ink(a.brag()), bx + 2, by + 2.2f, letter);
        else c.text(Face.BOLD, SIZE, Palette.TEXT, ex + 2, by + 2.2f, letter);
        if (a.slipped()) {
            float ox = x(a.originalDue(), x0, x1);
            c.line(Palette.TEXT, 1.4f, ox, by - 1.5f, ox, by + h + 1.5f);
        }
    }

    /** The top row: a flag at each regime step with its date and words, cut short where the next step begins. */
    private void regimeRow(List<RegimeStep> steps, float y, float x0, float x1) {
        PageCursor c = b.cursor;
        c.fill(Palette.ROW_TINT, c.left(), y - ROW, c.width(), ROW);
        c.text(Face.BOLD, SIZE, Palette.DARK_BLUE, c.left() + 3, y - ROW + 4.5f, "Oversight regime");
        for (int i = 0; i < steps.size(); i++) {
            RegimeStep s = steps.get(i);
            if (!inSpan(s.date())) continue;
            float x = x(s.date(), x0, x1);
            float next = i + 1 < steps.size() && inSpan(steps.get(i + 1).date()) ? x(steps.get(i + 1).date(), x0, x1) : x1;
            try {
                c.cs().setNonStrokingColor(Palette.PURPLE.r(), Palette.PURPLE.g(), Palette.PURPLE.b());
                c.cs().moveTo(x, y - 2);
                c.cs().lineTo(x + 6, y - 4.5f);
                c.cs().lineTo(x, y - 7);
                c.cs().closePath();
                c.cs().fill();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            float room = next - x - 10;
            if (room >= 24) {
                c.text(Face.REGULAR, SIZE, Palette.PURPLE, x + 8, y - ROW + 4.5f,
                        Wrap.ellipsis(b.fonts, Face.REGULAR, SIZE, Dates.uk(s.date()) + " " + s.words(), room));
            }
        }
    }

    private boolean inSpan(LocalDate d) {
        long days = ChronoUnit.DAYS.between(data.from(), d);
        return days >= 0 && days <= span;
    }

    /** Draws the requirement's deadline diamond on its group row; returns its x, or 0 when there is none. */
    private float deadline(Group g, float y, float x0, float x1) {
        LocalDate d = g.deadline();
        if (d == null || d.isBefore(data.from()) || ChronoUnit.DAYS.between(data.from(), d) > span) return 0;
        float x = x(d, x0, x1), cy = y - ROW / 2;
        PageCursor c = b.cursor;
        try {
            c.cs().setNonStrokingColor(Palette.TEXT.r(), Palette.TEXT.g(), Palette.TEXT.b());
            c.cs().moveTo(x, cy + 4);
            c.cs().lineTo(x + 4, cy);
            c.cs().lineTo(x, cy - 4);
            c.cs().lineTo(x - 4, cy);
            c.cs().closePath();
            c.cs().fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return x - 4;
    }

    private void marker(Rgb colour, LocalDate d, float x0, float x1, float top, float bottom) {
        long days = ChronoUnit.DAYS.between(data.from(), d);
        if (days < 0 || days > span) return;
        b.cursor.line(colour, 1f, x(d, x0, x1), top, x(d, x0, x1), bottom, new float[]{3, 2});
    }
}
