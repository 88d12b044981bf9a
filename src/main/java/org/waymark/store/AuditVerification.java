package org.waymark.store;

/** The outcome of walking the audit chain. When broken, names the first row at which it breaks, and how. */
public record AuditVerification(boolean intact, long rowsChecked, Long firstBadRow, String problem) {

    public static AuditVerification ok(long rows) { return new AuditVerification(true, rows, null, null); }

    public static AuditVerification broken(long rows, Long row, String problem) {
        return new AuditVerification(false, rows, row, problem);
    }

    public String describe() {
        return intact ? "audit chain intact (" + rowsChecked + " rows)" : "audit chain BROKEN at row " + firstBadRow + ": " + problem;
    }
}
