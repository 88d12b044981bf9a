package org.waymark.io;

import java.time.LocalDate;

/**
 * One cell as the file holds it: its text, and for spreadsheet cells the number or date behind it, so a real
 * Excel date never goes through a text round trip.
 */
record SheetCell(String text, Double number, LocalDate date) {

    static final SheetCell EMPTY = new SheetCell("", null, null);

    static SheetCell text(String s) { return s == null || s.isEmpty() ? EMPTY : new SheetCell(s, null, null); }

    boolean blank() { return text.isBlank() && number == null && date == null; }
}
