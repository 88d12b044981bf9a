package org.waymark.io;

import org.waymark.domain.ActionStatus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as trusts type them. Day-first throughout (British); a date that does not exist, such as
 * 31/02/2018 or an American 03/31/2018, is an error and never nudged to a nearby real date.
 */
final class DateParser {

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-]+([a-z]+)\\.?,?[\\s\\-]+(\\d{2}|\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?:end\\s+(?:of\\s+)?)?([a-z]+)\\.?[\\s\\-]+(\\d{2}|\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("q\\s*([1-4])\\s*(?:of\\s+)?(?:fy\\s*)?(\\d{2}|\\d{4})\\s*[/\\-]\\s*(\\d{2}|\\d{4})");
    private static final Pattern QUARTER_AFTER = Pattern.compile("(?:fy\\s*)?(\\d{2}|\\d{4})\\s*[/\\-]\\s*(\\d{2}|\\d{4})\\s*q\\s*([1-4])");

    private DateParser() {}

    static DateReading read(SheetCell cell) {
        if (cell.date() != null) return DateReading.exact(cell.date());
        if (cell.number() != null) {
            double v = cell.number();
            // A date column formatted as "General" shows Excel's day count (43190 is 31/03/2018).
            if (v >= 20000 && v <= 80000 && v == Math.floor(v)) {
                LocalDate d = LocalDate.of(1899, 12, 30).plusDays((long) v);
                return DateReading.judged(d, "the number " + cell.text() + " was read as an Excel date, " + Dates.show(d) + "; check it");
            }
            return DateReading.word(null, "\"" + cell.text() + "\" is not a date; imported without one");
        }
        return read(cell.text());
    }

    static DateReading read(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) return DateReading.BLANK;
        String s = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) return exact(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if ((m = NUMERIC.matcher(s)).matches()) return exact(text, year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            Month month = month(m.group(2));
            if (month != null) return exact(text, year(m.group(3)), month.getValue(), Integer.parseInt(m.group(1)));
        }
        if ((m = QUARTER.matcher(s)).matches()) return quarter(text, Integer.parseInt(m.group(1)), m.group(2), m.group(3));
        if ((m = QUARTER_AFTER.matcher(s)).matches()) return quarter(text, Integer.parseInt(m.group(3)), m.group(1), m.group(2));
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            Month month = month(m.group(1));
            if (month != null) {
                LocalDate end = YearMonth.of(year(m.group(2)), month).atEndOfMonth();
                return DateReading.judged(end, "\"" + text + "\" names a month, not a day; the end of the month, " + Dates.show(end) + ", was used");
            }
        }
        return word(text, s);
    }

    private static DateReading word(String text, String s) {
        String w = s.replaceAll("[^a-z]", "");
        return switch (w) {
            case "complete", "completed", "done", "closed", "achieved", "met" ->
                    DateReading.word(ActionStatus.COMPLETE, "the date says \"" + text + "\"; the action is imported as Complete, without a due date");
            case "ongoing", "inprogress", "continuous", "bau", "businessasusual", "rolling" ->
                    DateReading.word(ActionStatus.IN_PROGRESS, "the date says \"" + text + "\"; the action is imported as In progress, without a due date");
            default -> DateReading.word(null, "\"" + text + "\" is not a date; the action is imported without a due date"
                    + (w.equals("tbc") || w.equals("tba") || w.equals("tbd") || w.equals("na") ? " until one is agreed" : ""));
        };
    }

    private static DateReading exact(String text, int year, int month, int day) {
        try {
            return DateReading.exact(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            String why = month < 1 || month > 12 ? "there is no month " + month
                    : Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has " + YearMonth.of(year, month).lengthOfMonth() + " days";
            return DateReading.impossible("\"" + text + "\" is not a real date (" + why + "). Correct it in the spreadsheet; Waymark will not guess");
        }
    }

    /** NHS financial years run April to March: Q2 2018/19 ends 30/09/2018, Q4 ends 31/03/2019. */
    private static DateReading quarter(String text, int q, String fromYear, String toYear) {
        int start = year(fromYear), end = year(toYear);
        if (end != start + 1) return DateReading.word(null, "\"" + text + "\" is not a financial year I can read; the action is imported without a due date");
        LocalDate d = switch (q) {
            case 1 -> LocalDate.of(start, 6, 30);
            case 2 -> LocalDate.of(start, 9, 30);
            case 3 -> LocalDate.of(start, 12, 31);
            default -> LocalDate.of(end, 3, 31);
        };
        return DateReading.judged(d, "\"" + text + "\" is a financial quarter; its last day, " + Dates.show(d) + ", was used");
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }

    private static Month month(String word) {
        if (word.length() < 3) return null;
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT);
            if (full.equals(word) || full.startsWith(word) && word.length() >= 3 || (word.equals("sept") && m == Month.SEPTEMBER)) return m;
        }
        return null;
    }
}
