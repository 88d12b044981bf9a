package org.waymark.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.waymark.domain.Plan;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The register as csv: UTF-8 with a byte-order mark, so Excel shows names with accents correctly. */
final class CsvExport {

    private CsvExport() {}

    static void write(Plan plan, LocalDate today, Path target) {
        AtomicFile.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            p.printRecord(RegisterRows.HEADERS);
            for (List<RegisterRows.Value> row : RegisterRows.of(plan, today)) {
                p.printRecord(row.stream().map(v -> RegisterRows.neutralise(v.shown())).toList());
            }
            p.flush();
        });
    }
}
