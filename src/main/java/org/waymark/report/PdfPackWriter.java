package org.waymark.report;

import org.waymark.app.chart.SpcText;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.report.layout.XmrChart;
import java.time.YearMonth;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.report.layout.BragBarChart;
import org.waymark.report.layout.Flow;
import org.waymark.report.layout.LineChart;
import org.waymark.report.layout.PackFonts.Face;
import org.waymark.report.layout.Palette;
import org.waymark.report.layout.Rgb;
import org.waymark.report.layout.TableWriter;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.util.ArrayList;
import java.util.List;

/** Draws one section of the pack model onto PDF pages, block by block, with the layout toolkit. */
final class PdfPackWriter {

    private final PackBuilder b;

    PdfPackWriter(PackBuilder b) { this.b = b; }

    void write(Section s) {
        PDStructureElement sect = b.section(s.title(), s.landscape(), s.listed());
        List<Block> blocks = s.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            b.checkCancelled();
            Block block = blocks.get(i);
            if (block instanceof Block.Paragraph p) paragraph(sect, p);
            else if (block instanceof Block.Heading h) b.flow.h2(sect, h.text(), keepWith(blocks, i + 1));
            else if (block instanceof Block.Figures f) KeyFigures.draw(b, sect, f.figures());
            else if (block instanceof Block.Table t) table(sect, t);
            else if (block instanceof Block.BragChart c) {
                BragBarChart.draw(b.cursor, sect, c.description(), c.labels(), c.counts());
                table(sect, c.data());
            } else if (block instanceof Block.LineChart c) {
                LineChart.draw(b.cursor, sect, c.description(), c.periods(), series(c), markers(c), c.unit(), 175);
            } else if (block instanceof Block.Timeline t) PdfTimeline.draw(b, sect, t.data());
            else if (block instanceof Block.XmrChart x) xmr(sect, x);
        }
    }

    private void paragraph(PDStructureElement sect, Block.Paragraph p) {
        switch (p.kind()) {
            case BODY -> b.flow.paragraph(sect, p.text());
            case LEAD -> {
                b.flow.paragraph(sect, p.text(), Face.REGULAR, 11, Palette.DARK_GREY);
                b.cursor.down(6);
            }
            case NOTE -> b.flow.paragraph(sect, p.text(), Face.ITALIC, Flow.BODY, Palette.DARK_GREY);
        }
    }

    /** How much of what follows a heading must fit under it, so a heading never ends a page alone. */
    private static float keepWith(List<Block> blocks, int from) {
        float keep = 0;
        for (int j = from; j < blocks.size(); j++) {
            Block next = blocks.get(j);
            if (next instanceof Block.Paragraph) { keep += 30; continue; }
            if (next instanceof Block.BragChart c) return keep + c.labels().size() * 22 + 32 + (c.labels().size() + 1) * 18.5f;
            if (next instanceof Block.LineChart) return keep + 185;
            return keep + (next instanceof Block.Table ? 60 : 50);
        }
        return Math.max(keep, 50);
    }

    /** Smaller type for wider tables, so that each column stays readable. */
    private static float size(int columns) {
        return columns <= 2 ? 9.5f : columns <= 3 ? 9 : columns <= 6 ? 8.5f : columns <= 9 ? 8 : 7.5f;
    }

    private void table(PDStructureElement sect, Block.Table t) {
        List<TableWriter.Column> columns = new ArrayList<>();
        for (Column c : t.columns()) columns.add(c.right() ? TableWriter.Column.right(c.header(), c.weight()) : TableWriter.Column.left(c.header(), c.weight()));
        TableWriter w = new TableWriter(b.cursor, sect, columns, size(columns.size()), true);
        List<List<TableWriter.Cell>> rows = new ArrayList<>(t.rows().size());
        for (List<Cell> r : t.rows()) rows.add(r.stream().map(PdfPackWriter::cell).toList());
        w.addAll(rows);
        w.finish(t.empty());
    }

    private static TableWriter.Cell cell(Cell c) {
        if (c.brag() != null) return TableWriter.Cell.brag(c.brag());
        return switch (c.tone()) {
            case PLAIN -> TableWriter.Cell.of(c.text());
            case BOLD -> TableWriter.Cell.bold(c.text());
            case GOOD -> TableWriter.Cell.coloured(c.text(), Face.BOLD, Palette.DARK_GREEN);
            case BAD -> TableWriter.Cell.coloured(c.text(), Face.BOLD, Palette.RED_TEXT);
            case STRONG -> TableWriter.Cell.coloured(c.text(), Face.BOLD, Palette.TEXT);
        };
    }

    private static List<LineChart.Series> series(Block.LineChart c) {
        return c.series().stream().map(s -> {
            Rgb colour = switch (s.style()) { case ACTUAL -> Palette.NHS_BLUE; case TARGET -> Palette.DARK_GREY; case TRAJECTORY -> Palette.AQUA; };
            float[] dash = switch (s.style()) { case ACTUAL -> null; case TARGET -> new float[]{4, 2.5f}; case TRAJECTORY -> new float[]{1.5f, 2}; };
            return new LineChart.Series(s.name(), colour, dash, s.values(), s.style() == Block.SeriesStyle.ACTUAL);
        }).toList();
    }

    private static List<LineChart.Marker> markers(Block.LineChart c) {
        return c.markers().stream().map(m -> new LineChart.Marker(m.index(), m.label())).toList();
    }

    private void xmr(PDStructureElement sect, Block.XmrChart x) {
        MetricSpc spc = MetricSpc.of(x.metric());
        XmrChart.draw(b.cursor, sect, x.title(), spc.result(), SpcText.labels(spc.result()),
                from -> x.metric().unitAt(YearMonth.from(spc.result().points().get(from).date())));
    }
}
