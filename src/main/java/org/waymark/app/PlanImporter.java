package org.waymark.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Port for bringing a trust's spreadsheet into an open plan; the io layer implements it, the window finds it
 * through {@link Ports}. Every method may take seconds on a large file: call it off the FX thread.
 */
public interface PlanImporter {

    /** What was found in the file: the sheet, the header row and the columns, with a proposed mapping. */
    record Preview(String fileName, String sheetName, int headerRow, List<String> headers, List<String> samples, List<String> mapping,
                   List<FieldChoice> fields, int dataRows, boolean remembered) {}

    /** A field a column can be mapped to: its id (for mappings) and its label (for people). */
    record FieldChoice(String id, String label) {}

    /** One row's outcome in a dry run: status is "Accepted", "Accepted with warnings", "Rejected" or "Skipped". */
    record RowOutcome(int row, String ref, String status, List<String> messages) {}

    record Report(List<RowOutcome> rows, int accepted, int warned, int rejected, int skipped) {
        public boolean importable() { return rejected == 0 && accepted + warned > 0; }
    }

    /** Reads the file and proposes a mapping, using one remembered for the same headers when there is one. */
    Preview preview(Path file);

    /** Checks every row without writing anything. {@code mapping} holds one field name per column, in order. */
    Report dryRun(Path file, List<String> mapping, boolean suffixDuplicates, PlanSession session);

    /** A file's checked rows, ready for {@link ImportService#commit}: the window writes them as one undoable command. */
    record Prepared(Report report, String sourceFileName, List<ImportedAction> rows) {}

    /**
     * Reads the file and checks every row again, writing nothing to the plan, and remembers the mapping the user
     * has confirmed. Refuses when a row is rejected, unless {@code skipRejected}.
     */
    Prepared prepare(Path file, List<String> mapping, boolean suffixDuplicates, boolean skipRejected, PlanSession session, DoubleConsumer progress);
}
