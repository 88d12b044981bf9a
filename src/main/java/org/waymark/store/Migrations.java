package org.waymark.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations, kept as SQL resources. The schema version lives in PRAGMA user_version and the
 * file is marked as a Waymark plan by PRAGMA application_id, so a stranger's SQLite file is never mistaken for one.
 */
public final class Migrations {

    /** 'WYMK' as a big-endian int: SQLite's own way to mark a file's application. */
    public static final int APPLICATION_ID = 0x57594D4B;

    private static final List<String> SCRIPTS = List.of("V1__plan.sql", "V2__baf_trajectory_views.sql", "V3__board_pack_cover.sql",
            "V4__people_and_evidence_files.sql", "V5__spc_recalculation.sql", "V6__brag_never_hides_slippage.sql", "V7__update_rounds.sql",
            "V8__regime_history_and_framework_tags.sql");

    public static final int LATEST = SCRIPTS.size();

    private Migrations() {}

    static int version(Connection c) {
        return Sql.query(c, "PRAGMA user_version", rs -> rs.getInt(1)).get(0);
    }

    static int applicationId(Connection c) {
        return Sql.query(c, "PRAGMA application_id", rs -> rs.getInt(1)).get(0);
    }

    /** Brings the schema from its current version to {@code target}, each step in its own transaction. */
    static void migrate(Connection c, int target) {
        int from = version(c);
        for (int v = from + 1; v <= target; v++) {
            String script = load(SCRIPTS.get(v - 1));
            try (Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                for (String statement : split(script)) st.executeUpdate(statement);
                if (v == MigrationAudit.REGIME_HISTORY) MigrationAudit.regimeHistory(c);
                st.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                st.executeUpdate("PRAGMA user_version = " + v);
                c.commit();
            } catch (SQLException e) {
                rollback(c);
                throw Sql.failure("migration to version " + v, e);
            } finally {
                autoCommit(c);
            }
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
