package org.waymark.report;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.app.PackSection;
import org.waymark.domain.Action;
import org.waymark.domain.Brag;
import org.waymark.domain.Plan;
import org.waymark.domain.Requirement;
import org.waymark.report.layout.PackFonts.Face;
import org.waymark.report.layout.PageCursor;
import org.waymark.report.layout.Palette;
import org.waymark.report.layout.Wrap;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Gantt of the actions grouped by requirement, on landscape pages. Bars keep their BRAG colour and letter; a
 * tick marks the original due date where it slipped; dashed lines mark today and the board meeting. Each page is
 * one figure whose alternative text lists every bar on it.
 */
final class TimelineSection implements SectionWriter {

    private static final float ROW = 14, LABEL_W = 230, SIZE = 7.5f, AXIS = 22;

    private record Row(String group, Action action, Brag brag) {}

    @Override public PackSection section() { return PackSection.TIMELINE; }

    @Override public void write(PackBuilder b) {
        Plan plan = b.content.plan();
        LocalDate today = b.content.today();
        PDStructureElement sect = b.section(section().title(), true, true);
        b.flow.paragraph(sect, "Bars run from start to current due date, in BRAG colour with the letter. A black tick marks the original due date "
                + "where it has slipped. Dashed lines: red for today (" + Dates.uk(today) + "), blue for this board (" + Dates.uk(b.content.meeting().meetingDate())
                + "). A diamond marks a warning-notice deadline. Titles are shortened; the appendix gives them in full.");
        List<Row> rows = rows(plan, today);
        if (rows.isEmpty()) {
            b.flow.paragraph(sect, "The plan holds no actions.");
            return;
        }
        LocalDate from = today, to = today;
        for (Row r : rows) {
            Action a = r.action();
            for (LocalDate d : new LocalDate[]{a.start(), a.originalDue(), a.currentDue()}) {
                if (d == null) continue;
                if (d.isBefore(from)) from = d;
                if (d.isAfter(to)) to = d;
            }
        }
        if (b.content.meeting().meetingDate().isAfter(to)) to = b.content.meeting().meetingDate();
        from = from.withDayOfMonth(1);
        to = to.plusMonths(1).withDayOfMonth(1);
        int i = 0, pageNo = 0;
        while (i < rows.size()) {
            if (pageNo++ > 0) b.cursor.newPage();
            b.checkCancelled();
            i = page(b, sect, rows, i, from, to, today);
        }
    }

    private static List<Row> rows(Plan plan, LocalDate today) {
        Map<String, List<Action>> groups = new LinkedHashMap<>();
        List<Action> sorted = new ArrayList<>(plan.actions());
        sorted.sort(Comparator.comparing((Action a) -> plan.requirement(a.requirementId()).map(Requirement::ref).orElse("\uffff"))
                .thenComparing(Action::ref));
        for (Action a : sorted) {
            String g = plan.requirement(a.requirementId()).map(r -> r.ref() + "  " + r.text()).orElse("Actions not linked to a requirement");
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(a);
        }
        List<Row> out = new ArrayList<>();
        groups.forEach((g, actions) -> actions.forEach(a -> out.add(new Row(g, a, plan.brag(a, today).brag()))));
        return out;
    }

    /** Draws rows from {@code start} until the page is full; returns the index of the first row not drawn. */
    private int page(PackBuilder b, PDStructureElement sect, List<Row> rows, int start, LocalDate from, LocalDate to, LocalDate today) {
        PageCursor c = b.cursor;
        float top = c.y(), bottom = c.bottom();
        float x0 = c.left() + LABEL_W, x1 = c.right();
        long span = ChronoUnit.DAYS.between(from, to);
        int capacity = (int) ((top - AXIS - bottom) / ROW);
        int end = start, used = 0;
        String group = start > 0 ? rows.get(start - 1).group() : null;
        List<Object> lines = new ArrayList<>();
        while (end < rows.size() && used < capacity) {
            Row r = rows.get(end);
            if (!r.group().equals(group)) {
                if (used + 2 > capacity) break;
                lines.add(r.group());
                group = r.group();
                used++;
            }
            lines.add(r);
            used++;
            end++;
        }
        float height = AXIS + used * ROW;
        PDStructureElement fig = b.tagger.figure(sect, c.page(), alt(rows, start, end), new PDRectangle(c.left(), top - height, c.width(), height));
        b.tagger.begin(c.cs(), c.page(), fig);
        axis(b, top, x0, x1, from, to, span);
        float y = top - AXIS;
        for (Object line : lines) {
            if (line instanceof String g) {
                c.fill(Palette.PALE_GREY, c.left(), y - ROW, c.width(), ROW);
                float diamond = deadline(b, rows, g, y, x0, from, span, x1);
                float room = (diamond > 0 ? diamond - 8 : c.right()) - c.left() - 6;
                c.text(Face.BOLD, SIZE, Palette.DARK_BLUE, c.left() + 3, y - ROW + 4.5f, Wrap.ellipsis(b.fonts, Face.BOLD, SIZE, g, room));
            } else {
                bar(b, (Row) line, y, x0, x1, from, span);
            }
            y -= ROW;
        }
        marker(c, Palette.RED, today, from, span, x0, x1, top - AXIS + 4, y);
        marker(c, Palette.NHS_BLUE, b.content.meeting().meetingDate(), from, span, x0, x1, top - AXIS + 4, y);
        b.tagger.end(c.cs());
        c.moveTo(y);
        return end;
    }

    private static float x(LocalDate d, LocalDate from, long span, float x0, float x1) {
        return x0 + (x1 - x0) * ChronoUnit.DAYS.between(from, d) / (float) span;
    }

    private static void axis(PackBuilder b, float top, float x0, float x1, LocalDate from, LocalDate to, long span) {
        PageCursor c = b.cursor;
        long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
        int every = months <= 18 ? 1 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
        c.line(Palette.MID_GREY, 0.7f, x0, top - AXIS + 2, x1, top - AXIS + 2);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusMonths(1)) {
            if ((d.getYear() * 12 + d.getMonthValue() - 1) % every != 0) continue;
            float x = x(d, from, span, x0, x1);
            c.line(Palette.PALE_GREY, 0.5f, x, top - AXIS + 2, x, c.bottom());
            String label = Dates.month(YearMonth.from(d));
            if (x + c.fonts().width(Face.REGULAR, SIZE, label) <= x1) c.text(Face.REGULAR, SIZE, Palette.DARK_GREY, x + 2, top - AXIS + 7, label);
        }
    }

    private static void bar(PackBuilder b, Row r, float y, float x0, float x1, LocalDate from, long span) {
        PageCursor c = b.cursor;
        Action a = r.action();
        String label = Wrap.ellipsis(b.fonts, Face.REGULAR, SIZE, a.ref() + "  " + a.title(), LABEL_W - 12);
        c.text(Face.REGULAR, SIZE, Palette.TEXT, c.left() + 8, y - ROW + 4.5f, label);
        LocalDate due = a.currentDue();
        if (due == null) {
            c.text(Face.ITALIC, SIZE, Palette.DARK_GREY, x0 + 4, y - ROW + 4.5f, "No due date");
            return;
        }
        LocalDate start = a.start() != null ? a.start() : due.minusDays(30);
        float bx = x(start, from, span, x0, x1), ex = Math.max(x(due, from, span, x0, x1), bx + 2);
        float h = ROW - 5, by = y - ROW + 2.5f;
        c.fill(Palette.fill(r.brag()), bx, by, ex - bx, h);
        String letter = r.brag().letter();
        float lw = c.fonts().width(Face.BOLD, SIZE, letter);
        if (ex - bx >= lw + 4) c.text(Face.BOLD, SIZE, Palette.ink(r.brag()), bx + 2, by + 2.2f, letter);
        else c.text(Face.BOLD, SIZE, Palette.TEXT, ex + 2, by + 2.2f, letter);
        if (a.originalDue() != null && a.originalDue().isBefore(due)) {
            float ox = x(a.originalDue(), from, span, x0, x1);
            c.line(Palette.TEXT, 1.4f, ox, by - 1.5f, ox, by + h + 1.5f);
        }
    }

    /** Draws the requirement's deadline diamond on its group row; returns its x, or 0 when there is none. */
    private static float deadline(PackBuilder b, List<Row> rows, String group, float y, float x0, LocalDate from, long span, float x1) {
        Plan plan = b.content.plan();
        float[] at = {0};
        rows.stream().filter(r -> r.group().equals(group)).findFirst()
                .flatMap(r -> plan.requirement(r.action().requirementId())).map(Requirement::deadline).ifPresent(d -> {
                    if (d.isBefore(from) || ChronoUnit.DAYS.between(from, d) > span) return;
                    float x = x(d, from, span, x0, x1), cy = y - ROW / 2;
                    at[0] = x - 4;
                    PageCursor c = b.cursor;
                    try {
                        c.cs().setNonStrokingColor(Palette.TEXT.r(), Palette.TEXT.g(), Palette.TEXT.b());
                        c.cs().moveTo(x, cy + 4);
                        c.cs().lineTo(x + 4, cy);
                        c.cs().lineTo(x, cy - 4);
                        c.cs().lineTo(x - 4, cy);
                        c.cs().closePath();
                        c.cs().fill();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        return at[0];
    }

    private static void marker(PageCursor c, org.waymark.report.layout.Rgb colour, LocalDate d, LocalDate from, long span, float x0, float x1, float top, float bottom) {
        long days = ChronoUnit.DAYS.between(from, d);
        if (days < 0 || days > span) return;
        float x = x(d, from, span, x0, x1);
        c.line(colour, 1f, x, top, x, bottom, new float[]{3, 2});
    }

    private static String alt(List<Row> rows, int start, int end) {
        StringBuilder s = new StringBuilder("Timeline of actions ").append(start + 1).append(" to ").append(end).append(" of ").append(rows.size())
                .append(", grouped by requirement. ");
        for (int i = start; i < end; i++) {
            Action a = rows.get(i).action();
            s.append(a.ref()).append(": ").append(Dates.uk(a.start())).append(" to ").append(Dates.uk(a.currentDue()));
            if (a.originalDue() != null && a.currentDue() != null && a.originalDue().isBefore(a.currentDue())) s.append(" (originally ").append(Dates.uk(a.originalDue())).append(")");
            s.append(", ").append(rows.get(i).brag().label()).append("; ");
        }
        return s.toString().strip();
    }

}
