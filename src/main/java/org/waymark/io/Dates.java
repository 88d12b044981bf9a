package org.waymark.io;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as the UI and reports show them. */
final class Dates {
    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private Dates() {}
    static String show(LocalDate d) { return d == null ? "" : UK.format(d); }
}
