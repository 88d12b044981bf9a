package org.waymark.app;

/** Whether the audit chain verifies, and if not, the first row where it breaks and how. */
public record AuditCheck(boolean intact, long rowsChecked, Long firstBadRow, String problem) {

    public String describe() {
        return intact ? "intact (" + rowsChecked + " rows verified)" : "BROKEN" + (firstBadRow == null ? "" : " at audit row " + firstBadRow) + ": " + problem;
    }
}
