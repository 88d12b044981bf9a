package org.waymark.ui.widgets;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How views write dates and numbers: British, dd/MM/yyyy. */
public final class ViewFormats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private ViewFormats() {}

    public static String date(LocalDate d) { return d == null ? "—" : DATE.format(d); }

    public static String month(YearMonth m) { return m == null ? "—" : MONTH.format(m); }

    /** "1 day", "12 days". */
    public static String days(long n) { return n + (Math.abs(n) == 1 ? " day" : " days"); }

    /** A value without a needless ".0": 75, 7.4. */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : String.format(Locale.UK, "%.1f", v);
    }
}
