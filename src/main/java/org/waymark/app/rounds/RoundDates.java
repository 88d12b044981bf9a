package org.waymark.app.rounds;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as owners type them (dd/MM/yyyy, or a spreadsheet date read as ISO) and as the forms show them. */
public final class RoundDates {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private RoundDates() {}

    public static String uk(LocalDate d) { return d == null ? "" : UK.format(d); }

    /** A real calendar date, or empty: 31/02/2027 and "next month" are both impossible dates. */
    public static Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[]{DateTimeFormatter.ISO_LOCAL_DATE, UK,
                DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT)}) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
