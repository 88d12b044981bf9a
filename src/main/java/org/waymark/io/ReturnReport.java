package org.waymark.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.waymark.app.rounds.ProposedChange;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The read-back report as csv, one line per returned row; cell text is neutralised so a spreadsheet never runs it. */
final class ReturnReport {

    private ReturnReport() {}

    static void write(List<ProposedChange> changes, Path target) {
        AtomicFile.write(target, os -> {
            CSVPrinter p = new CSVPrinter(new OutputStreamWriter(os, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
            p.printRecord("File", "Owner", "Row", "Ref", "Outcome", "Change", "Reason", "As issued", "Now");
            for (ProposedChange c : changes) {
                p.printRecord(n(c.file()), n(c.owner()), c.row() > 0 ? c.row() : "", n(c.ref()), c.outcome().label(),
                        n(c.proposal() == null ? "" : c.proposal().describe()), n(c.reason()), n(c.asIssued()), n(c.now()));
            }
            p.flush();
        });
    }

    private static String n(String s) { return RegisterRows.neutralise(s); }
}
