package org.waymark.domain.regulation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The dates something was in force; {@code to} is null while it still is. */
public record InForce(LocalDate from, LocalDate to, String note) {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** "16/07/2013 to 30/06/2021", or "from 01/04/2025" while still in force. */
    public String describe() {
        return to == null ? "from " + UK.format(from) : UK.format(from) + " to " + UK.format(to);
    }
}
