package org.waymark.store;

import java.util.List;

/**
 * Whether the audit log proves the data: the tables compared with the state the log implies. {@code differences}
 * holds the first few; {@code differenceCount} counts them all.
 */
public record DataProof(long auditRows, long tableRows, long differenceCount, List<Difference> differences, boolean dataWithoutLog) {

    public boolean proven() { return differenceCount == 0 && !dataWithoutLog; }

    public String describe() {
        if (dataWithoutLog) return "the plan holds " + tableRows + " rows but its audit log is empty: nothing proves the data";
        if (proven()) return "the audit log proves the data (" + auditRows + " audit rows replayed, " + tableRows + " rows compared)";
        return differenceCount + " difference" + (differenceCount == 1 ? "" : "s") + " between the stored data and what its audit log implies";
    }
}
