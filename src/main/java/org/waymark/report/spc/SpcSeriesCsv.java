package org.waymark.report.spc;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.waymark.app.Refused;
import org.waymark.domain.spc.SpcInput;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads "date,value" rows for the SPC command: a date as 2018-11-05 or 05/11/2018, or a month as 2018-11 or
 * Nov 2018 (its first day). A header row is allowed. Rows must be in date order, because the moving range
 * depends on it; any bad row refuses the whole file, naming the line.
 */
final class SpcSeriesCsv {

    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"));
    private static final List<DateTimeFormatter> MONTHS = List.of(DateTimeFormatter.ofPattern("uuuu-MM"), DateTimeFormatter.ofPattern("MM/uuuu"),
            DateTimeFormatter.ofPattern("MMM uuuu", Locale.UK), DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK));

    private SpcSeriesCsv() {}

    public static List<SpcInput> read(Reader in, double target) throws IOException {
        List<SpcInput> out = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(in)) {
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber();
                if (r.size() == 1 && r.get(0).isEmpty()) continue;
                LocalDate date = r.size() < 2 ? null : date(r.get(0));
                if (date == null && line == 1 && r.size() >= 2) continue; // a header row
                if (r.size() < 2) throw new Refused("csv", "Line " + line + " has one column; each line needs a date and a value, e.g. 2018-11-01,7.4.");
                if (date == null) throw new Refused("csv", "Line " + line + ": \"" + r.get(0) + "\" is not a date. Write it as 2018-11-01, 01/11/2018, 2018-11 or Nov 2018.");
                double value = number(r.get(1), line);
                if (!out.isEmpty() && !date.isAfter(out.get(out.size() - 1).date())) {
                    throw new Refused("csv", "Line " + line + ": " + date + " does not come after " + out.get(out.size() - 1).date()
                            + ". Put the rows in date order, one value per date.");
                }
                out.add(new SpcInput(date, value, 0, target));
            }
        }
        if (out.isEmpty()) throw new Refused("csv", "The file has no rows of date and value.");
        return out;
    }

    private static double number(String text, long line) {
        try {
            double v = Double.parseDouble(text.replace("%", "").replace(",", ""));
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Refused("csv", "Line " + line + ": \"" + text + "\" is not a number.");
    }

    public static LocalDate date(String text) {
        for (DateTimeFormatter f : DAYS) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        for (DateTimeFormatter f : MONTHS) {
            try {
                return YearMonth.parse(text, f).atDay(1);
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        return null;
    }
}
