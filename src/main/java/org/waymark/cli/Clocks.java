package org.waymark.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The clock commands use: the system's, or a fixed day from {@code -Dwaymark.today=YYYY-MM-DD} for reproducible output. */
final class Clocks {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Clocks() {}

    /** A date as people here read it: dd/MM/yyyy. */
    static String show(LocalDate d) { return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d); }

    /** A date typed on the command line, dd/MM/yyyy or yyyy-MM-dd; null when it is neither. */
    static LocalDate day(String text) {
        for (DateTimeFormatter f : new DateTimeFormatter[]{UK, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return null;
    }

    static Clock clock() {
        String today = System.getProperty("waymark.today");
        if (today == null || today.isBlank()) return Clock.systemDefaultZone();
        return Clock.fixed(LocalDate.parse(today).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }
}
