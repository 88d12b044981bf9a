package org.waymark.report.layout;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.waymark.domain.Brag;
import org.waymark.report.layout.PackFonts.Face;

import java.util.ArrayList;
import java.util.List;

/**
 * A tagged table that flows over pages. Cells wrap, never clip; a row is never split unless it is taller than a
 * whole page; the header row repeats on each page (as an artifact after the first, so it is read once); and a
 * table never starts with its header alone at the foot of a page.
 */
public final class TableWriter {

    public enum Align { LEFT, RIGHT, CENTRE }

    public record Column(String header, float weight, Align align) {
        public static Column left(String h, float w) { return new Column(h, w, Align.LEFT); }
        public static Column right(String h, float w) { return new Column(h, w, Align.RIGHT); }
        public static Column centre(String h, float w) { return new Column(h, w, Align.CENTRE); }
    }

    /** One cell: text in a face, optionally with a BRAG chip before it. */
    public record Cell(String text, Face face, Brag brag, Rgb colour) {
        public static Cell of(Object text) { return new Cell(text == null ? "" : text.toString(), Face.REGULAR, null, null); }
        public static Cell bold(String text) { return new Cell(text, Face.BOLD, null, null); }
        public static Cell italic(String text) { return new Cell(text, Face.ITALIC, null, null); }
        public static Cell brag(Brag b) { return new Cell("", Face.REGULAR, b, null); }
        public static Cell coloured(String text, Face face, Rgb colour) { return new Cell(text, face, null, colour); }
    }

    private static final float PAD_X = 4, PAD_Y = 3.5f;
    private final PageCursor c;
    private final PDStructureNode parent;
    private PDStructureElement table;
    private final List<Column> columns;
    private final float size;
    private final boolean rowHeaders;
    private float[] xs, ws;
    private boolean headerDrawn;
    private int rows;

    public TableWriter(PageCursor c, PDStructureNode parent, List<Column> columns, float size, boolean rowHeaders) {
        this.c = c;
        this.columns = columns;
        this.size = size;
        this.rowHeaders = rowHeaders;
        this.parent = parent;
    }

    private void measure() {
        float total = 0;
        for (Column col : columns) total += col.weight();
        xs = new float[columns.size()];
        ws = new float[columns.size()];
        float x = c.left();
        for (int i = 0; i < columns.size(); i++) {
            xs[i] = x;
            ws[i] = c.width() * columns.get(i).weight() / total;
            x += ws[i];
        }
    }

    private float lh() { return Flow.leading(size); }

    private List<List<String>> headerLines() {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) out.add(Wrap.lines(c.fonts(), Face.BOLD, size, columns.get(i).header(), ws[i] - 2 * PAD_X));
        return out;
    }

    private float height(List<List<String>> lines, List<Cell> cells) {
        int most = 1;
        for (List<String> l : lines) most = Math.max(most, l.size());
        float h = most * lh() + 2 * PAD_Y;
        if (cells != null) for (Cell cell : cells) if (cell.brag() != null) h = Math.max(h, size * 1.45f + 2 * PAD_Y + 2);
        return h;
    }

    /**
     * Adds every row, keeping the last two together so that no row is left alone at the top of a page (a table's
     * final row on a page of its own reads as if it belonged to whatever follows).
     */
    public void addAll(List<List<Cell>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (r == rows.size() - 2 && headerDrawn) {
                float both = height(wrap(rows.get(r)), rows.get(r)) + height(wrap(rows.get(r + 1)), rows.get(r + 1));
                if (!c.fits(both) && both < c.top() - c.bottom() - 40) continuePage();
            }
            add(rows.get(r));
        }
    }

    private List<List<String>> wrap(List<Cell> cells) {
        if (xs == null) measure();
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            float w = ws[i] - 2 * PAD_X - (cell.brag() != null ? Flow.chipWidth(c, cell.brag(), size, true) + 4 : 0);
            lines.add(cell.text().isEmpty() ? List.of() : Wrap.lines(c.fonts(), cell.face(), size, cell.text(), Math.max(w, 10)));
        }
        return lines;
    }

    public void add(List<Cell> cells) {
        if (cells.size() != columns.size()) throw new IllegalArgumentException("Row has " + cells.size() + " cells for " + columns.size() + " columns");
        List<List<String>> lines = wrap(cells);
        float h = height(lines, cells);
        float headH = hasHeader() ? height(headerLines(), null) : 0;
        if (!headerDrawn) {
            c.ensure(headH + Math.min(h, c.top() - c.bottom() - headH));
            header(true);
            headerDrawn = true;
        } else if (!c.fits(h)) {
            continuePage();
        }
        while (!c.fits(height(lines, cells))) {
            int fit = Math.max(1, (int) Math.floor((c.y() - c.bottom() - 2 * PAD_Y) / lh()));
            List<List<String>> now = new ArrayList<>(), later = new ArrayList<>();
            for (List<String> l : lines) {
                now.add(l.subList(0, Math.min(fit, l.size())));
                later.add(l.subList(Math.min(fit, l.size()), l.size()));
            }
            drawRow(cells, now, height(now, cells));
            lines = later;
            cells = cells.stream().map(k -> k.brag() == null ? k : Cell.of("")).toList();
            continuePage();
        }
        drawRow(cells, lines, height(lines, cells));
    }

    private void continuePage() {
        c.newPage();
        header(false);
    }

    private boolean hasHeader() {
        for (Column col : columns) if (!col.header().isEmpty()) return true;
        return false;
    }

    private void header(boolean tagged) {
        if (!hasHeader()) {
            if (tagged) table = c.tagger().add(parent, "Table", c.page());
            return;
        }
        List<List<String>> lines = headerLines();
        float h = height(lines, null);
        float top = c.y();
        c.tagger().beginArtifact(c.cs());
        c.fill(Palette.NHS_BLUE, c.left(), top - h, c.width(), h);
        c.tagger().end(c.cs());
        if (tagged) table = c.tagger().add(parent, "Table", c.page());
        PDStructureElement tr = tagged ? c.tagger().add(table, "TR", c.page()) : null;
        for (int i = 0; i < columns.size(); i++) {
            if (tagged) {
                PDStructureElement th = c.tagger().add(tr, "TH", c.page());
                PDTableAttributeObject scope = new PDTableAttributeObject();
                scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
                th.addAttribute(scope);
                c.tagger().begin(c.cs(), c.page(), th);
            } else {
                c.tagger().beginArtifact(c.cs());
            }
            drawLines(lines.get(i), Face.BOLD, Palette.WHITE, i, top);
            c.tagger().end(c.cs());
        }
        c.down(h);
    }

    private void drawRow(List<Cell> cells, List<List<String>> lines, float h) {
        float top = c.y();
        c.tagger().beginArtifact(c.cs());
        if (rows % 2 == 1) c.fill(Palette.ROW_TINT, c.left(), top - h, c.width(), h);
        c.line(Palette.RULE, 0.4f, c.left(), top - h, c.right(), top - h);
        c.tagger().end(c.cs());
        PDStructureElement tr = c.tagger().add(table, "TR", c.page());
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            boolean rowHeader = rowHeaders && i == 0;
            PDStructureElement td = c.tagger().add(tr, rowHeader ? "TH" : "TD", c.page());
            if (rowHeader) {
                PDTableAttributeObject scope = new PDTableAttributeObject();
                scope.setScope(PDTableAttributeObject.SCOPE_ROW);
                td.addAttribute(scope);
            }
            if (lines.get(i).isEmpty() && cell.brag() == null) continue;
            c.tagger().begin(c.cs(), c.page(), td);
            float offset = 0;
            if (cell.brag() != null) {
                offset = Flow.chip(c, cell.brag(), xs[i] + PAD_X, top - PAD_Y - size - 1, size, true) + 4;
            }
            drawLinesAt(lines.get(i), cell.face(), cell.colour() == null ? Palette.TEXT : cell.colour(), i, top, offset);
            c.tagger().end(c.cs());
        }
        c.down(h);
        rows++;
    }

    private void drawLines(List<String> lines, Face face, Rgb colour, int col, float top) {
        drawLinesAt(lines, face, colour, col, top, 0);
    }

    private void drawLinesAt(List<String> lines, Face face, Rgb colour, int col, float top, float offset) {
        float baseline = top - PAD_Y - size;
        for (String line : lines) {
            float w = c.fonts().width(face, size, line);
            float x = switch (columns.get(col).align()) {
                case LEFT -> xs[col] + PAD_X + offset;
                case RIGHT -> xs[col] + ws[col] - PAD_X - w;
                case CENTRE -> xs[col] + (ws[col] - w) / 2;
            };
            c.text(face, size, colour, x, baseline, line);
            baseline -= lh();
        }
    }

    /** Ends the table; an empty one says so in words instead of printing a bare header. */
    public void finish(String whenEmpty) {
        if (rows == 0 && !headerDrawn) {
            new Flow(c).paragraph(parent, whenEmpty, Face.ITALIC, Flow.BODY, Palette.DARK_GREY);
            return;
        }
        c.down(10);
    }

    public int rows() { return rows; }
}
