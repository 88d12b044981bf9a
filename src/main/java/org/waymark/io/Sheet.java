package org.waymark.io;

import org.apache.poi.ss.util.CellReference;

import java.util.List;

/**
 * A sheet read into memory: rows of cells, with merged cells already resolved (a value merged down several
 * rows is copied into each of them). {@code banners} marks rows that are one merged cell across the table,
 * which trusts use as section headings. {@code reading} says how a text file was decoded (null for a workbook).
 */
record Sheet(String fileName, String name, List<SheetCell[]> rows, boolean[] banners, String reading) {

    SheetCell cell(int row, int col) {
        SheetCell[] r = rows.get(row);
        return col < r.length && r[col] != null ? r[col] : SheetCell.EMPTY;
    }

    int width(int row) { return rows.get(row).length; }

    boolean blankRow(int row) {
        for (SheetCell c : rows.get(row)) if (c != null && !c.blank()) return false;
        return true;
    }

    /** As Excel writes it: Sheet1!F7, or 'Action plan'!F7 when the name has spaces. */
    String ref(int row, int col) {
        return new CellReference(name, row, col, false, false).formatAsString();
    }
}
