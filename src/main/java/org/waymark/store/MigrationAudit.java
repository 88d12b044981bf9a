package org.waymark.store;

import org.waymark.domain.RegimeEntry;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Audits the rows a migration made from a plan's existing data, in the migration's own transaction. SQL cannot
 * extend the hash chain, and a row the log never created would fail the replay (and so {@code check}); so the
 * migration's rows are logged as created by the upgrade, like any other write.
 */
final class MigrationAudit {

    /** The schema version whose script carries an older plan's regime into its regime history. */
    static final int REGIME_HISTORY = 9;
    static final String WHO = "Waymark (plan upgrade)";

    private MigrationAudit() {}

    static void regimeHistory(Connection c) {
        List<RegimeEntry> made = Sql.query(c, "SELECT * FROM regime_history ORDER BY id", PlanLoader::regimeEntry);
        List<AuditEntry> entries = made.stream().map(e -> new AuditEntry("regime_history", e.id(), "created", null, Json.of(e),
                "Regime history begun from the regime the plan recorded before this version")).toList();
        AuditLog.append(c, AuditLog.head(c, Dialect.of(c)), WHO, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), entries);
    }
}
