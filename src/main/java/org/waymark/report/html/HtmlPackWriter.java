package org.waymark.report.html;

import org.waymark.domain.Brag;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.PackModel;
import org.waymark.report.model.Section;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Writes the pack model as one self-contained, accessible HTML file: inline CSS (light, dark and print), charts as
 * inline SVG with their data in a table, and nothing a browser runs: the only script element is a JSON data block,
 * the record {@code verify} reads (chain head and figures, as the PDF keeps in its XMP). Every plan string is escaped
 * on its way out.
 */
public final class HtmlPackWriter {

    private static final String CSS = css();

    private final Writer out;
    private final BooleanSupplier cancelled;
    private final HtmlCharts charts;
    private final String record;

    /** The id of the data block holding the pack's record; {@code verify} looks for it. */
    public static final String RECORD_ID = "waymark-pack-record";

    private HtmlPackWriter(Writer out, String record, BooleanSupplier cancelled) {
        this.out = out;
        this.record = record;
        this.cancelled = cancelled;
        this.charts = new HtmlCharts(this::raw);
    }

    /** Writes the whole page; stops with {@link org.waymark.app.BoardPackExporter.Cancelled} when asked to. */
    public static void write(PackModel model, String recordJson, Writer out, BooleanSupplier cancelled) {
        try {
            new HtmlPackWriter(out, recordJson, cancelled).page(model);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void raw(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(PackModel m) {
        raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"color-scheme\" content=\"light dark\">\n"
                + "<title>" + Html.esc(m.title()) + "</title>\n"
                + "<meta name=\"author\" content=\"" + Html.esc(m.author().isEmpty() ? m.organisation() : m.author()) + "\">\n"
                + "<meta name=\"description\" content=\"" + Html.esc(m.subject()) + "\">\n"
                + "<script type=\"application/json\" id=\"" + RECORD_ID + "\">" + record + "</script>\n"
                + "<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        raw("<a class=\"skip\" href=\"#main\">Skip to the board pack</a>\n");
        raw("<header class=\"masthead\"><p><strong>" + Html.esc(m.organisation()) + "</strong> <span>" + Html.esc(m.runningHead().replace("  |  ", " · "))
                + "</span></p></header>\n");
        raw(HtmlCharts.SHAPES);
        raw("<main id=\"main\">\n");
        List<Section> sections = m.sections();
        boolean cover = !sections.isEmpty() && !sections.get(0).listed();
        if (cover) coverSection(sections.get(0));
        else raw("<h1>" + Html.esc(m.title()) + "</h1>\n");
        contents(m);
        for (Section s : sections.subList(cover ? 1 : 0, sections.size())) section(s);
        raw("</main>\n<footer class=\"foot\"><p>" + Html.esc(m.asAt()) + " " + Html.esc(m.organisation()) + ".</p></footer>\n</body>\n</html>\n");
    }

    private void coverSection(Section s) {
        raw("<section id=\"" + s.id() + "\" class=\"cover\" aria-labelledby=\"" + s.id() + "-h\">\n<h1 id=\"" + s.id() + "-h\">" + Html.esc(s.title()) + "</h1>\n");
        blocks(s);
        raw("</section>\n");
    }

    private void contents(PackModel m) {
        raw("<nav class=\"contents\" aria-labelledby=\"contents-h\">\n<h2 id=\"contents-h\">Contents</h2>\n<p>" + Html.esc(m.contentsIntro()) + "</p>\n<ol>\n");
        for (Section s : m.listed()) raw("<li><a href=\"#" + s.id() + "\">" + Html.esc(s.title()) + "</a></li>\n");
        raw("</ol>\n</nav>\n");
    }

    private void section(Section s) {
        raw("<section id=\"" + s.id() + "\"" + (s.landscape() ? " class=\"wide\"" : "") + " aria-labelledby=\"" + s.id() + "-h\">\n<h2 id=\""
                + s.id() + "-h\">" + Html.esc(s.title()) + "</h2>\n");
        blocks(s);
        raw("<p class=\"top\"><a href=\"#contents-h\">Back to the contents</a></p>\n</section>\n");
    }

    private void blocks(Section s) {
        for (Block block : s.blocks()) {
            if (cancelled.getAsBoolean()) throw new org.waymark.app.BoardPackExporter.Cancelled();
            if (block instanceof Block.Paragraph p) {
                String cls = switch (p.kind()) { case BODY -> ""; case LEAD -> " class=\"lead\""; case NOTE -> " class=\"note\""; };
                raw("<p" + cls + ">" + Html.esc(p.text()) + "</p>\n");
            } else if (block instanceof Block.Heading h) {
                raw("<h3>" + Html.esc(h.text()) + "</h3>\n");
            } else if (block instanceof Block.Figures f) {
                raw("<ul class=\"figures\">\n");
                for (Block.Figure fig : f.figures()) {
                    raw("<li><span class=\"value\">" + Html.esc(fig.value()) + "</span> <span class=\"caption\">" + Html.esc(fig.caption()) + "</span></li>\n");
                }
                raw("</ul>\n");
            } else if (block instanceof Block.Table t) {
                table(t);
            } else if (block instanceof Block.BragChart c) {
                charts.bragChart(c);
                details(c.data(), true);
            } else if (block instanceof Block.LineChart c) {
                charts.lineChart(c);
                details(c.data(), false);
            } else if (block instanceof Block.Timeline t) {
                charts.timeline(t);
                details(t.table(), false);
            } else if (block instanceof Block.XmrChart x) {
                charts.xmr(x);
                details(x.data(), false);
            }
        }
    }

    /**
     * A chart's data, right after it, folded away on screen. On paper it prints open where the PDF prints the same
     * table (the BRAG counts), and is left out where the PDF shows only the chart.
     */
    private void details(Block.Table t, boolean printed) {
        raw("<details class=\"data" + (printed ? " printed" : "") + "\">\n<summary>Data table: " + Html.esc(t.caption()) + "</summary>\n");
        table(t);
        raw("</details>\n");
    }

    private void table(Block.Table t) {
        if (t.rows().isEmpty() && !t.empty().isEmpty()) {
            raw("<p class=\"note\">" + Html.esc(t.empty()) + "</p>\n");
            return;
        }
        StringBuilder b = new StringBuilder(256 + t.rows().size() * 160);
        b.append("<div class=\"scroll\"><table").append(t.headless() ? " class=\"form\"" : "").append(">\n<caption>").append(Html.esc(t.caption())).append("</caption>\n");
        if (!t.headless()) {
            b.append("<thead><tr>");
            for (Column c : t.columns()) b.append("<th scope=\"col\"").append(c.right() ? " class=\"num\"" : "").append(">").append(Html.esc(c.header())).append("</th>");
            b.append("</tr></thead>\n");
        }
        b.append("<tbody>\n");
        raw(b.toString());
        int n = 0;
        for (List<Cell> row : t.rows()) {
            if (++n % 500 == 0 && cancelled.getAsBoolean()) throw new org.waymark.app.BoardPackExporter.Cancelled();
            StringBuilder r = new StringBuilder("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th" : "td";
                r.append('<').append(tag).append(i == 0 ? " scope=\"row\"" : "");
                String cls = cls(row.get(i), t.columns().get(i));
                if (!cls.isEmpty()) r.append(" class=\"").append(cls).append('"');
                r.append('>').append(cell(row.get(i))).append("</").append(tag).append('>');
            }
            raw(r.append("</tr>\n").toString());
        }
        raw("</tbody>\n</table></div>\n");
    }

    private static String cls(Cell c, Column col) {
        String tone = c.brag() != null ? "" : switch (c.tone()) {
            case PLAIN -> "";
            case BOLD, STRONG -> "b";
            case GOOD -> "good";
            case BAD -> "bad";
        };
        return ((col.right() ? "num " : "") + tone).strip();
    }

    static String cell(Cell c) {
        if (c.brag() != null) return chip(c.brag());
        return Html.lines(c.text());
    }

    /** BRAG as a shape, a letter and a word on its colour, so it never depends on colour alone. */
    static String chip(Brag b) {
        String k = b.letter().toLowerCase(Locale.ROOT);
        return "<span class=\"brag brag-" + k + "\"><svg class=\"shape\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 10 10\"><use href=\"#shape-"
                + k + "\"/></svg><b>" + b.letter() + "</b> " + b.label() + "</span>";
    }

    private static String css() {
        try (InputStream in = HtmlPackWriter.class.getResourceAsStream("pack.css")) {
            if (in == null) throw new IllegalStateException("pack.css is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
