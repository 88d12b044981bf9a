package org.waymark.io;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.List;

/**
 * Text longer than a spreadsheet cell can hold (32,767 characters, Excel's limit, which POI enforces). The cell on
 * the register keeps as much as fits, ending with a marked note, and the whole text is kept, in order, in parts on
 * a "Long text" sheet, so nothing is lost and nothing fails.
 */
final class LongCells {

    static final int LIMIT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    /** Parts a little under the limit, so a part never needs the neutralising apostrophe to overflow. */
    static final int PART = LIMIT - 767;
    static final String SHEET = "Long text";

    private record Overflow(String ref, String column, String text) {}

    private final List<Overflow> overflows = new ArrayList<>();

    /** The text for the register cell: as it is when it fits, else its start and a note saying where the rest is. */
    String cell(String ref, String column, String text) {
        if (text == null || text.length() < LIMIT) return text; // one to spare for a neutralising apostrophe
        overflows.add(new Overflow(ref, column, text));
        String note = " […cut: " + text.length() + " characters in all; the full text is on the sheet \"" + SHEET + "\", row "
                + (overflows.size() + 1) + ".]";
        return text.substring(0, cutAt(text, LIMIT - note.length() - 1)) + note;
    }

    boolean any() { return !overflows.isEmpty(); }

    void writeSheet(XSSFWorkbook wb, CellStyle header, CellStyle wrapped) {
        if (overflows.isEmpty()) return;
        XSSFSheet s = wb.createSheet(SHEET);
        int parts = 0;
        for (Overflow o : overflows) parts = Math.max(parts, (o.text().length() + PART - 1) / PART);
        Row h = s.createRow(0);
        List<String> heads = new ArrayList<>(List.of("Ref", "Column", "Characters"));
        for (int p = 1; p <= parts; p++) heads.add("Part " + p);
        for (int c = 0; c < heads.size(); c++) {
            h.createCell(c).setCellValue(heads.get(c));
            h.getCell(c).setCellStyle(header);
        }
        int r = 1;
        for (Overflow o : overflows) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(o.ref());
            row.createCell(1).setCellValue(o.column());
            row.createCell(2).setCellValue(o.text().length());
            int c = 3;
            for (int from = 0; from < o.text().length(); ) {
                int to = cutAt(o.text(), Math.min(o.text().length(), from + PART));
                row.createCell(c).setCellValue(RegisterRows.neutralise(o.text().substring(from, to)));
                row.getCell(c++).setCellStyle(wrapped);
                from = to;
            }
        }
        s.createFreezePane(3, 1);
        for (int c = 3; c < heads.size(); c++) s.setColumnWidth(c, 60 * 256);
    }

    /** Never between the two halves of a surrogate pair. */
    private static int cutAt(String s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
    }
}
