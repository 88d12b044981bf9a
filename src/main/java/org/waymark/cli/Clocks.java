package org.waymark.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The clock commands use: the system's, or a fixed day from {@code -Dwaymark.today=YYYY-MM-DD} for reproducible output. */
final class Clocks {
    private Clocks() {}

    static Clock clock() {
        String today = System.getProperty("waymark.today");
        if (today == null || today.isBlank()) return Clock.systemDefaultZone();
        return Clock.fixed(LocalDate.parse(today).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }
}
