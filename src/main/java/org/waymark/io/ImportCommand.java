package org.waymark.io;

import com.fasterxml.jackson.core.type.TypeReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.util.CellReference;
import org.waymark.app.Json;
import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.SafeWrite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Imports a trust's spreadsheet into a plan, or a plan document into a new plan file. */
@Command(name = "import", sortOptions = false, description = {
        "Import a spreadsheet (.xlsx, .xls, .csv) into an existing plan, after a dry run of every row;",
        "or a plan document (.json, from 'export') into a NEW plan file.",
        "Any rejected row means nothing is imported, unless --skip-rejected.",
        "Exit status: 0 imported (or a dry run with no rejected rows), 1 rows rejected or nothing imported, 2 cannot read the file or the plan."})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The spreadsheet (.xlsx, .xls, .csv) or plan document (.json).")
    Path source;

    @Option(names = "--into", required = true, paramLabel = "PLAN",
            description = "The plan to import into (made with 'new' or 'demo'), a file or a shared plan's address postgresql://[user@]host[:port]/database. "
                    + "For a .json document: the new plan file to create.")
    String into;

    @Option(names = "--dry-run", description = "Check every row and print the report; change nothing.")
    boolean dryRun;

    @Option(names = "--mapping", paramLabel = "M.json",
            description = "Column mapping as a JSON object, header text (or column letter) to field, e.g. {\"Exec Lead\": \"EXECUTIVE_LEAD\", \"K\": \"BRAG\"}. "
                    + "Fields: REF, TITLE, FINDING, DESCRIPTION, PRIORITY, REGULATION, KEY_QUESTION, CORE_SERVICE, EXECUTIVE_LEAD, OPERATIONAL_LEAD, "
                    + "START, DUE, STATUS, BRAG, PROGRESS, EVIDENCE, UPDATE, UPDATE_DATE, IGNORE.")
    Path mapping;

    @Option(names = "--report", paramLabel = "R.csv", description = "Also write the per-row report as csv.")
    Path report;

    @Option(names = "--accept-broken", description = "Import even though the target plan's audit trail is broken or does not prove its data, or, for a"
            + " .json document, its own chain does not verify or its data has no log. The choice is recorded in the audit trail.")
    boolean acceptBroken;

    @Option(names = "--skip-rejected", description = "Import the accepted rows even when others are rejected (still one transaction).")
    boolean skipRejected;

    @Option(names = {"--on-duplicate", "--duplicates"}, paramLabel = "skip|suffix",
            description = "What to do with a row whose ref is already used: skip it, or import it with -2, -3… added. Without it, such rows are rejected.")
    String onDuplicate;

    @Override public Integer call() {
        if (SpreadsheetReader.extension(source.getFileName().toString()).equals("json")) return document();
        DuplicateChoice duplicates = DuplicateChoice.ASK;
        if (onDuplicate != null) {
            switch (onDuplicate.strip().toLowerCase(Locale.ROOT)) {
                case "skip" -> duplicates = DuplicateChoice.SKIP;
                case "suffix" -> duplicates = DuplicateChoice.SUFFIX;
                default -> { return cannot("--on-duplicate takes skip or suffix, not \"" + onDuplicate + "\"."); }
            }
        }
        SpreadsheetImport importer = SpreadsheetImport.forCurrentUser();
        SpreadsheetImport.Loaded loaded;
        try {
            loaded = importer.load(source);
            if (mapping != null) loaded = loaded.with(SpreadsheetImport.adjust(loaded.mapping(), readMapping()));
        } catch (UnreadableFile | IllegalArgumentException e) {
            return cannot(e.getMessage());
        }
        // A real import goes the window's way: lock, safe-open checks, a backup first, and no writing into a broken plan.
        try (PlanSession session = dryRun ? PlanSession.open(into, true, CommandSupport.user(), CommandSupport.clock())
                : SafeWrite.open(into, CommandSupport.user(), CommandSupport.clock(), acceptBroken, "import")) {
            ImportReport r;
            try {
                r = importer.dryRun(loaded, session, duplicates);
            } catch (IllegalArgumentException e) {
                return cannot("The column mapping cannot be used: " + e.getMessage());
            }
            print(loaded, r, System.out);
            if (report != null) writeReport(r);
            if (dryRun) {
                System.out.println(r.anyRejected() ? "Dry run: nothing changed. Correct the rejected rows, or use --skip-rejected." : "Dry run: nothing changed. The rows can be imported.");
                return r.anyRejected() ? 1 : 0;
            }
            if (r.anyRejected() && !skipRejected) {
                System.out.println("Nothing imported: " + r.count(Outcome.REJECTED) + " row(s) rejected. Correct them in the spreadsheet, or use --skip-rejected to import only the accepted rows.");
                return 1;
            }
            if (r.actions().isEmpty()) {
                System.out.println("Nothing imported: no row was accepted.");
                return 1;
            }
            int n = importer.commit(r, session, skipRejected);
            System.out.println("Imported " + n + " action" + (n == 1 ? "" : "s") + " from " + source.getFileName() + " into " + shownInto() + " as one audited change.");
            return 0;
        } catch (PlanException | Refused e) {
            return cannot("Cannot import into " + PlanSession.shown(into) + ": " + e.getMessage());
        } catch (UnreadableFile e) {
            return cannot(e.getMessage());
        }
    }

    private int document() {
        if (PlanSession.isShared(into)) {
            return cannot("A plan document becomes a new plan file, not a shared plan. Import it into a file (--into plan.waymark), then publish that: "
                    + "waymark publish plan.waymark --to " + PlanSession.shown(into));
        }
        if (dryRun) {
            try {
                var t = PlanJson.read(source);
                System.out.println(source.getFileName() + " is a valid plan document: " + t.rows("action") + " actions, " + t.rows("audit_log") + " audit rows. Dry run: nothing written.");
                return 0;
            } catch (UnreadableFile e) {
                return cannot(e.getMessage());
            }
        }
        try (PlanSession s = PlanJson.importInto(source, Path.of(into), CommandSupport.user(), CommandSupport.clock(), acceptBroken)) {
            System.out.println("Created " + s.file() + " from " + source.getFileName() + ": " + s.plan().organisation().name() + ", "
                    + s.plan().actions().size() + " actions, " + s.auditRows() + " audit rows (chain " + (s.verifyAudit().intact() ? "intact" : "BROKEN") + ").");
            return 0;
        } catch (UnreadableFile e) {
            return cannot(e.getMessage());
        } catch (Refused e) {
            return cannot(e.getMessage());
        } catch (PlanException e) {
            return cannot("Cannot create " + into + ": " + e.getMessage());
        }
    }

    /** A file by its name, as before; a shared plan by its address (never with a password: an address holds none). */
    private String shownInto() {
        return PlanSession.isShared(into) ? PlanSession.shown(into) : String.valueOf(Path.of(into).getFileName());
    }

    private Map<String, String> readMapping() {
        try {
            return Json.mapper().readValue(mapping.toFile(), new TypeReference<Map<String, String>>() {});
        } catch (IOException e) {
            throw new IllegalArgumentException("The mapping file " + mapping + " is not a JSON object of header to field: " + e.getMessage());
        }
    }

    static void print(SpreadsheetImport.Loaded l, ImportReport r, PrintStream out) {
        out.println(l.fileName() + ": sheet \"" + l.sheetName() + "\", header on row " + (l.headerRow() + 1)
                + (l.recalled() ? " (mapping remembered from an earlier import)" : ""));
        if (l.sheet().reading() != null) out.println(l.sheet().reading());
        ColumnMapping m = r.mapping();
        for (int c = 0; c < m.headers().size(); c++) {
            out.printf("  %-3s %-34s -> %s%n", CellReference.convertNumToColString(c), ValueParsers.oneLine(m.headers().get(c)), m.fields().get(c).label());
        }
        out.println();
        for (RowReport row : r.rows()) {
            out.printf("Row %-5d %-10s %s%n", row.row(), row.ref(), row.outcome().label());
            for (RowReport.Note n : row.notes()) out.println("          " + n.cell() + ": " + n.text());
        }
        out.println();
        out.println(r.summary() + ".");
    }

    private void writeReport(ImportReport r) {
        AtomicFile.write(report, os -> {
            var w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT);
            p.printRecord("Row", "Ref", "Outcome", "Cell", "Message");
            for (RowReport row : r.rows()) {
                if (row.notes().isEmpty()) p.printRecord(row.row(), RegisterRows.neutralise(row.ref()), row.outcome().label(), "", "");
                for (RowReport.Note n : row.notes()) p.printRecord(row.row(), RegisterRows.neutralise(row.ref()), row.outcome().label(), n.cell(), RegisterRows.neutralise(n.text()));
            }
            p.flush();
        });
    }

    private static int cannot(String message) {
        System.err.println(message);
        return 2;
    }
}
