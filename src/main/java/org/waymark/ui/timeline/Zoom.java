package org.waymark.ui.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** The time scale: how many pixels a day takes, so that a month, a quarter or a year is the readable unit. */
public enum Zoom {
    MONTH("Month", 6.0), QUARTER("Quarter", 2.0), YEAR("Year", 0.6);

    private final String label;
    private final double pixelsPerDay;

    Zoom(String label, double pixelsPerDay) { this.label = label; this.pixelsPerDay = pixelsPerDay; }

    public String label() { return label; }

    public double pixelsPerDay() { return pixelsPerDay; }

    /** The header's first tick on or before a date: a month's first day, or a calendar quarter's at QUARTER. */
    LocalDate firstTick(LocalDate from) {
        LocalDate d = from.withDayOfMonth(1);
        if (this == QUARTER) while ((d.getMonthValue() - 1) % 3 != 0) d = d.minusMonths(1);
        return d;
    }

    LocalDate nextTick(LocalDate d) { return this == QUARTER ? d.plusMonths(3) : d.plusMonths(1); }

    /** A tick's words: "Jan", "Jan–Mar", or the month's initial when a year is the unit. */
    String tickLabel(LocalDate d) {
        return switch (this) {
            case MONTH -> d.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
            case QUARTER -> d.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + "–" + Month.of(d.getMonthValue() + 2).getDisplayName(TextStyle.SHORT, Locale.UK);
            case YEAR -> d.getMonth().getDisplayName(TextStyle.NARROW, Locale.UK);
        };
    }

    @Override public String toString() { return label; }
}
