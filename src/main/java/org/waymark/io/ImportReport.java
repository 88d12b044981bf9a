package org.waymark.io;

import org.waymark.app.ImportedAction;

import java.util.List;

/** The dry run's result for a whole sheet. */
public record ImportReport(String fileName, String sheetName, int headerRow, ColumnMapping mapping, List<RowReport> rows) {

    public long count(Outcome o) { return rows.stream().filter(r -> r.outcome() == o).count(); }

    public boolean anyRejected() { return count(Outcome.REJECTED) > 0; }

    public List<ImportedAction> actions() {
        return rows.stream().filter(r -> r.action() != null).map(RowReport::action).toList();
    }

    public String summary() {
        return String.format("%d accepted, %d accepted with warnings, %d rejected, %d skipped",
                count(Outcome.ACCEPTED), count(Outcome.WARNED), count(Outcome.REJECTED), count(Outcome.SKIPPED));
    }
}
