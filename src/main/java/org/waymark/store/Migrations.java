package org.waymark.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations, kept as SQL resources. In a plan file the schema version lives in PRAGMA
 * user_version and the file is marked as a Waymark plan by PRAGMA application_id, so a stranger's SQLite file is
 * never mistaken for one. A shared plan (PostgreSQL) keeps both in its plan_format table and has its own scripts
 * under migrations/postgresql: one script creates format {@link #POSTGRES_BASELINE} whole, and each later format
 * needs a script of its own there too.
 */
public final class Migrations {

    /** 'WYMK' as a big-endian int: SQLite's own way to mark a file's application. */
    public static final int APPLICATION_ID = 0x57594D4B;

    private static final List<String> SCRIPTS = List.of("V1__plan.sql", "V2__baf_trajectory_views.sql", "V3__board_pack_cover.sql",
            "V4__people_and_evidence_files.sql", "V5__spc_recalculation.sql", "V6__brag_never_hides_slippage.sql", "V7__update_rounds.sql",
            "V8__board_questions.sql", "V9__regime_history_and_framework_tags.sql");

    public static final int LATEST = SCRIPTS.size();

    /** The first plan format a shared plan can have: no shared plan was ever made at an earlier one. */
    public static final int POSTGRES_BASELINE = 7;

    private static final java.util.Map<Integer, String> POSTGRES_SCRIPTS = java.util.Map.of(7, "postgresql/V7__plan.sql",
            8, "postgresql/V8__board_questions.sql", 9, "postgresql/V9__regime_history_and_framework_tags.sql");

    private Migrations() {}

    static int version(Connection c) {
        if (Dialect.of(c) == Dialect.POSTGRES) return formatRow(c, "version");
        return Sql.query(c, "PRAGMA user_version", rs -> rs.getInt(1)).get(0);
    }

    static int applicationId(Connection c) {
        if (Dialect.of(c) == Dialect.POSTGRES) return formatRow(c, "application_id");
        return Sql.query(c, "PRAGMA application_id", rs -> rs.getInt(1)).get(0);
    }

    /** 0 where the database holds no plan (no plan_format table yet). */
    private static int formatRow(Connection c, String column) {
        if (Sql.query(c, "SELECT to_regclass('plan_format') IS NOT NULL", rs -> rs.getBoolean(1)).get(0)) {
            return Sql.query(c, "SELECT " + column + " FROM plan_format WHERE id = 1", rs -> rs.getInt(1)).stream().findFirst().orElse(0);
        }
        return 0;
    }

    /** Brings the schema from its current version to {@code target}, each step in its own transaction. */
    static void migrate(Connection c, int target) {
        if (Dialect.of(c) == Dialect.POSTGRES) {
            migrateShared(c, target);
            return;
        }
        int from = version(c);
        for (int v = from + 1; v <= target; v++) {
            String script = load(SCRIPTS.get(v - 1));
            int version = v;
            try {
                // A step that fails in Java (the audit of what its SQL made reads a value it cannot parse) is rolled
                // back like one that fails in SQL: left to auto-commit, the SQL already run would be kept.
                Sql.inOneTransaction(c, () -> {
                    try (Statement st = c.createStatement()) {
                        for (String statement : split(script)) st.executeUpdate(statement);
                        if (version == MigrationAudit.REGIME_HISTORY) MigrationAudit.regimeHistory(c);
                        st.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                        st.executeUpdate("PRAGMA user_version = " + version);
                    }
                });
            } catch (SQLException e) {
                throw Sql.failure("migration to version " + v, e);
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new StoreException(StoreException.Reason.INVALID, "The plan could not be upgraded to plan format " + v + " (" + e.getMessage()
                        + "). The file has not been changed: open it read-only to see it, or restore a backup.", e);
            }
        }
    }

    /**
     * A shared plan: an empty database gets the baseline script, a later format its own script. Run in the
     * caller's transaction when there is one, so a publish creates the schema and the rows all or nothing.
     */
    private static void migrateShared(Connection c, int target) {
        int from = version(c);
        if (target < POSTGRES_BASELINE || (from > 0 && from < POSTGRES_BASELINE)) {
            throw new StoreException(StoreException.Reason.INVALID, "A shared plan starts at plan format " + POSTGRES_BASELINE
                    + "; format " + Math.max(from, target) + " cannot be made on PostgreSQL. Open the plan file in this version of Waymark first.");
        }
        boolean own;
        try {
            own = c.getAutoCommit();
            if (own) c.setAutoCommit(false);
        } catch (SQLException e) {
            throw Sql.failure("migration", e);
        }
        try {
            for (int v = from == 0 ? POSTGRES_BASELINE : from + 1; v <= target; v++) {
                String name = POSTGRES_SCRIPTS.get(v);
                if (name == null) throw new IllegalStateException("No PostgreSQL migration for plan format " + v);
                try (Statement st = c.createStatement()) {
                    for (String statement : split(load(name))) st.executeUpdate(statement);
                    if (v == MigrationAudit.REGIME_HISTORY) MigrationAudit.regimeHistory(c);
                    st.executeUpdate("UPDATE plan_format SET version = " + v + " WHERE id = 1");
                } catch (SQLException e) {
                    throw Sql.failure("migration to version " + v, e);
                }
            }
            if (own) c.commit();
        } catch (SQLException | RuntimeException e) {
            if (own) rollback(c);
            if (e instanceof SQLException se) throw Sql.failure("migration", se);
            throw (RuntimeException) e;
        } finally {
            if (own) autoCommit(c);
        }
    }

    private static void rollback(Connection c) {
        try { c.rollback(); } catch (SQLException ignored) { /* the original failure matters more */ }
    }

    private static void autoCommit(Connection c) {
        try { c.setAutoCommit(true); } catch (SQLException ignored) { /* connection is closing anyway */ }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) throw new IllegalStateException("Missing migration " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + name, e);
        }
    }

    /** Splits on semicolons at line ends; our scripts keep one statement per such terminator. */
    static List<String> split(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--")) continue;
            int comment = line.indexOf(" -- ");
            clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
