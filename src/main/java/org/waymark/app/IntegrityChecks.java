package org.waymark.app;

import org.waymark.store.AuditReplay;
import org.waymark.store.DataProof;
import org.waymark.store.Difference;
import org.waymark.store.SchemaCheck;
import org.waymark.store.StoreException;

import java.sql.Connection;
import java.util.List;

/**
 * The checks beyond the hash chain, run by {@code check} and on every open for editing: the schema is exactly the
 * app's, and replaying the audit log gives exactly the stored data.
 */
public final class IntegrityChecks {

    private IntegrityChecks() {}

    /** Named problems with the schema; empty when it is the one the migrations create for this version. */
    public static List<String> schema(Connection c) {
        try {
            return SchemaCheck.problems(c);
        } catch (StoreException e) {
            return List.of("the schema cannot be read: " + e.getMessage());
        }
    }

    /** Replays the log and compares it with the tables, naming each difference. */
    public static DataCheck data(Connection c) {
        try {
            DataProof p = AuditReplay.prove(c);
            return new DataCheck(p.proven(), p.describe(), p.differences().stream().map(Difference::describe).toList(), p.differenceCount());
        } catch (StoreException e) {
            return new DataCheck(false, "the data cannot be compared with its audit log: " + e.getMessage(), List.of(), 1);
        }
    }
}
