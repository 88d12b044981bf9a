package org.waymark.app;

import org.waymark.store.AuditVerification;

/**
 * Whether the audit chain verifies, and if not, the first row where it breaks and how. {@code keyedFrom} is the row
 * that keyed the plan (null if it is not keyed); {@code keyMissing} says the key is not on this computer, so the rows
 * from there on could be checked for continuity only.
 */
public record AuditCheck(boolean intact, long rowsChecked, Long firstBadRow, String problem, Long keyedFrom, boolean keyMissing) {

    public AuditCheck(boolean intact, long rowsChecked, Long firstBadRow, String problem) {
        this(intact, rowsChecked, firstBadRow, problem, null, false);
    }

    static AuditCheck of(AuditVerification v) {
        return new AuditCheck(v.intact(), v.rowsChecked(), v.firstBadRow(), v.problem(), v.keyedFrom(), v.keyMissing());
    }

    public String describe() {
        if (!intact) return "BROKEN" + (firstBadRow == null ? "" : " at audit row " + firstBadRow) + ": " + problem;
        if (keyedFrom == null) return "intact (" + rowsChecked + " rows verified)";
        if (!keyMissing) return "intact (" + rowsChecked + " rows verified; signed with the plan key from row " + keyedFrom + ")";
        return "not fully verified (" + rowsChecked + " rows): keyed from row " + keyedFrom + "; key not on this computer, so rows after "
                + keyedFrom + " are checked for continuity only";
    }
}
