package org.waymark.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a British reader expects them: dd/MM/yyyy, and months as "Dec 2026" (never "Dec 26", which reads as a day). */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private Dates() {}

    public static String uk(LocalDate d) { return d == null ? "—" : DAY.format(d); }

    public static String month(YearMonth m) { return MONTH.format(m); }
}
