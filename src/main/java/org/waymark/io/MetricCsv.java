package org.waymark.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.waymark.app.ObservationReader;
import org.waymark.app.Refused;
import org.waymark.domain.MetricPoint;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads "period,value" rows: a month as 2018-11, 11/2018 or Nov 2018, then a number. A header row is allowed.
 * Any bad row refuses the whole file, naming the line, so nothing is half-imported.
 */
public final class MetricCsv implements ObservationReader {

    private static final List<DateTimeFormatter> MONTHS = List.of(DateTimeFormatter.ofPattern("yyyy-MM"),
            DateTimeFormatter.ofPattern("MM/yyyy"), DateTimeFormatter.ofPattern("M/yyyy"),
            DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK), DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));

    @Override public List<MetricPoint> read(Path file) {
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException | UncheckedIOException e) {
            throw new Refused("csv", "The file " + file.getFileName() + " could not be read (" + e.getMessage() + "). Check it is a CSV text file.");
        }
    }

    static List<MetricPoint> read(Reader in) throws IOException {
        List<MetricPoint> points = new ArrayList<>();
        Set<YearMonth> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(in)) {
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber();
                if (r.size() == 1 && r.get(0).isEmpty()) continue;
                if (r.size() < 2) throw new Refused("csv", "Line " + line + " has " + r.size() + " column; each line needs a period and a value, e.g. 2018-11,7.4.");
                YearMonth period = month(r.get(0));
                if (period == null) {
                    if (line == 1) continue; // a header row
                    throw new Refused("csv", "Line " + line + ": \"" + r.get(0) + "\" is not a month. Write it as 2018-11, 11/2018 or Nov 2018.");
                }
                double value;
                try {
                    value = Double.parseDouble(r.get(1).replace("%", "").replace(",", ""));
                } catch (NumberFormatException e) {
                    throw new Refused("csv", "Line " + line + ": \"" + r.get(1) + "\" is not a number.");
                }
                if (Double.isNaN(value) || Double.isInfinite(value)) throw new Refused("csv", "Line " + line + ": the value is not a number.");
                if (!seen.add(period)) throw new Refused("csv", "Line " + line + ": " + period + " appears twice in the file. Keep one value per month.");
                points.add(new MetricPoint(period, value));
            }
        }
        if (points.isEmpty()) throw new Refused("csv", "The file has no rows of period and value.");
        return points;
    }

    private static YearMonth month(String text) {
        for (DateTimeFormatter f : MONTHS) {
            try {
                return YearMonth.parse(text, f);
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        return null;
    }
}
