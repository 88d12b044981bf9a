package org.waymark.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a British reader expects them: dd/MM/yyyy, and months as "Mar 17". */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private Dates() {}

    static String uk(LocalDate d) { return d == null ? "—" : DAY.format(d); }

    static String month(YearMonth m) { return MONTH.format(m); }
}
