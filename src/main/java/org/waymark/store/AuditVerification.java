package org.waymark.store;

/**
 * The outcome of walking the audit chain. When broken, names the first row at which it breaks, and how.
 * {@code keyedFrom} is the row that keyed the plan (null when it is not keyed); {@code keyMissing} says its key was
 * not at hand, so the rows from there on were checked for continuity only.
 */
public record AuditVerification(boolean intact, long rowsChecked, Long firstBadRow, String problem, Long keyedFrom, boolean keyMissing) {

    public static AuditVerification ok(long rows) { return ok(rows, null, false); }

    public static AuditVerification ok(long rows, Long keyedFrom, boolean keyMissing) {
        return new AuditVerification(true, rows, null, null, keyedFrom, keyMissing);
    }

    public static AuditVerification broken(long rows, Long row, String problem) {
        return new AuditVerification(false, rows, row, problem, null, false);
    }

    public String describe() {
        return intact ? "audit chain intact (" + rowsChecked + " rows)" : "audit chain BROKEN at row " + firstBadRow + ": " + problem;
    }
}
