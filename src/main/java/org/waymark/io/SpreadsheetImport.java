package org.waymark.io;

import org.waymark.app.TagService;
import org.waymark.app.infra.AppDirectories;
import org.waymark.app.ImportService;
import org.waymark.app.PlanImporter;
import org.waymark.app.PlanSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * The spreadsheet import: read, find the header, propose (or recall) a mapping, dry-run every row, then write the
 * accepted rows in one transaction. Nothing touches the plan until {@link #commit} (or, in the window, the import command).
 */
public final class SpreadsheetImport implements PlanImporter {

    /** The file as read, with its header row (0-based) and mapping. */
    public record Loaded(Sheet sheet, int headerRow, ColumnMapping mapping, boolean recalled) {
        public String fileName() { return sheet.fileName(); }
        public String sheetName() { return sheet.name(); }
        public int dataRows() {
            int n = 0;
            for (int r = headerRow + 1; r < sheet.rows().size(); r++) if (!sheet.blankRow(r)) n++;
            return n;
        }
        public Loaded with(ColumnMapping m) { return new Loaded(sheet, headerRow, m, recalled); }
    }

    private final MappingMemory memory;

    public SpreadsheetImport(Path mappingsFile) { this.memory = new MappingMemory(mappingsFile); }

    public static SpreadsheetImport forCurrentUser() {
        return new SpreadsheetImport(AppDirectories.forCurrentUser().root().resolve("import-mappings.json"));
    }

    public Loaded load(Path file) {
        Sheet sheet = SpreadsheetReader.read(file);
        int header = HeaderDetector.find(sheet);
        if (header < 0) {
            throw new UnreadableFile(file.getFileName() + ": no header row found in sheet \"" + sheet.name() + "\". Waymark looks in the first "
                    + SpreadsheetReader.HEADER_SCAN_ROWS + " rows for column names such as Ref, Action, Due date and BRAG. Add a header row, or rename the columns.");
        }
        ColumnMapping proposed = ColumnMapping.propose(sheet, header);
        var recalled = memory.recall(proposed.signature());
        return recalled.map(m -> new Loaded(sheet, header, proposed.adjustedBy(m), true)).orElse(new Loaded(sheet, header, proposed, false));
    }

    /** Applies a --mapping file or the dialog's choices: header text (or column letter) to field name. */
    public static ColumnMapping adjust(ColumnMapping mapping, Map<String, String> byHeader) {
        Map<String, Field> fields = new java.util.LinkedHashMap<>();
        for (var e : byHeader.entrySet()) {
            Field f = Field.named(e.getValue()).orElseThrow(() -> new IllegalArgumentException("\"" + e.getValue() + "\" is not a field. Use one of: "
                    + String.join(", ", Arrays.stream(Field.values()).map(Enum::name).toList())));
            String key = e.getKey();
            if (key.matches("[A-Z]{1,3}")) {
                int col = org.apache.poi.ss.util.CellReference.convertColStringToIndex(key);
                if (col < mapping.headers().size()) key = mapping.headers().get(col);
            }
            fields.put(key, f);
        }
        return mapping.adjustedBy(fields);
    }

    public ImportReport dryRun(Loaded loaded, PlanSession session, DuplicateChoice duplicates) {
        List<String> problems = loaded.mapping().problems();
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join(" ", problems));
        return new RowChecker(loaded.sheet(), loaded.headerRow(), loaded.mapping(), session.plan(), new TagService(session).framework(),
                session.today(), duplicates).check();
    }

    /**
     * Writes the report's accepted rows in one transaction. Refuses when any row was rejected, unless
     * {@code skipRejected}: the board's picture must not change on a partial import nobody chose.
     */
    public int commit(ImportReport report, PlanSession session, boolean skipRejected) {
        requireChosen(report, skipRejected);
        int n = new ImportService(session).commit(report.fileName(), report.actions()).actions();
        memory.remember(report.mapping());
        return n;
    }

    private static void requireChosen(ImportReport report, boolean skipRejected) {
        if (report.anyRejected() && !skipRejected) {
            throw new IllegalStateException(report.count(Outcome.REJECTED) + " row(s) were rejected, so nothing was imported. Correct them, or choose to import only the accepted rows.");
        }
    }

    // ---------------------------------------------------------------- the app port, in plain strings

    @Override public Preview preview(Path file) {
        Loaded l = load(file);
        return new Preview(l.fileName(), l.sheetName(), l.headerRow() + 1, l.mapping().headers(), samples(l), l.mapping().fields().stream().map(Enum::name).toList(),
                Arrays.stream(Field.values()).map(f -> new FieldChoice(f.name(), f.label())).toList(), l.dataRows(), l.recalled());
    }

    @Override public Report dryRun(Path file, List<String> mapping, boolean suffixDuplicates, PlanSession session) {
        return toPort(dryRun(loadWith(file, mapping), session, suffixDuplicates ? DuplicateChoice.SUFFIX : DuplicateChoice.SKIP));
    }

    @Override public Prepared prepare(Path file, List<String> mapping, boolean suffixDuplicates, boolean skipRejected, PlanSession session,
                                      DoubleConsumer progress) {
        progress.accept(0.05);
        Loaded l = loadWith(file, mapping);
        progress.accept(0.5);
        ImportReport report = dryRun(l, session, suffixDuplicates ? DuplicateChoice.SUFFIX : DuplicateChoice.SKIP);
        requireChosen(report, skipRejected);
        // Remembered now, not after the write: the write is a command the user may undo, but the layout choice stands.
        memory.remember(report.mapping());
        progress.accept(1.0);
        return new Prepared(toPort(report), report.fileName(), report.actions());
    }

    /** The first value under each header, so the user sees what a column holds before choosing. */
    private static List<String> samples(Loaded l) {
        List<String> samples = new ArrayList<>();
        for (int c = 0; c < l.mapping().headers().size(); c++) {
            String sample = "";
            for (int r = l.headerRow() + 1; r < l.sheet().rows().size() && sample.isEmpty(); r++) {
                if (!l.sheet().banners()[r]) sample = ValueParsers.oneLine(l.sheet().cell(r, c).text());
            }
            samples.add(sample);
        }
        return samples;
    }

    private Loaded loadWith(Path file, List<String> mapping) {
        Loaded l = load(file);
        if (mapping == null) return l;
        if (mapping.size() != l.mapping().headers().size()) throw new IllegalArgumentException("The file's columns changed since it was previewed. Preview it again.");
        List<Field> fields = new ArrayList<>();
        for (String m : mapping) fields.add(Field.named(m).orElse(Field.IGNORE));
        return l.with(new ColumnMapping(l.mapping().headers(), fields));
    }

    static Report toPort(ImportReport r) {
        List<RowOutcome> rows = r.rows().stream().map(x -> new RowOutcome(x.row(), x.ref(), x.outcome().label(),
                x.notes().stream().map(RowReport.Note::toString).toList())).toList();
        return new Report(rows, (int) r.count(Outcome.ACCEPTED), (int) r.count(Outcome.WARNED), (int) r.count(Outcome.REJECTED), (int) r.count(Outcome.SKIPPED));
    }
}
