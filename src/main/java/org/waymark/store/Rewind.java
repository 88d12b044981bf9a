package org.waymark.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan as its audit log says it stood at one row: a copy of the file whose log is cut at that row and whose
 * tables hold exactly the rows the log implies there. A board pack made at that row can then be worked out again
 * and compared, so `verify` checks the pack's figures, not only its chain head. The plan itself is only read.
 */
public final class Rewind {

    private Rewind() {}

    /**
     * Copies the plan open on {@code source} to {@code target} (which must not exist) and rewinds the copy to audit
     * row {@code row}. Returns what could not be rebuilt (empty when the copy is exactly the logged state).
     */
    public static List<String> copy(Connection source, Path target, long row) {
        if (Files.exists(target)) throw new StoreException(StoreException.Reason.INVALID, "A file already exists at " + target + ".");
        vacuumInto(source, target);
        List<String> problems = new ArrayList<>();
        try (Connection c = PlanFile.connect(target, false); Statement st = c.createStatement()) {
            // The copy is scratch: rows go back table by table, so links between tables only hold once all are in.
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("PRAGMA synchronous = OFF");
            c.setAutoCommit(false);
            Sql.update(c, "DELETE FROM audit_log WHERE id > ?", row);
            Sql.update(c, "UPDATE audit_head SET last_id = ?, last_hash = (SELECT hash FROM audit_log WHERE id = ?) WHERE id = 1", row, row);
            ReplayState state = AuditReplay.stateAt(c, row, d -> problems.add(d.describe()));
            for (String table : TableDump.tableNames(c)) {
                Set<String> skip = ReplayRules.NOT_REPLAYED.getOrDefault(table, Set.of());
                if (!skip.contains("*")) rebuild(c, TableShape.of(c, table, skip), state.table(table), problems);
            }
            // Snapshot rows are derived, not logged: keep those of the snapshots that existed at that row.
            st.executeUpdate("DELETE FROM snapshot_row WHERE snapshot_id NOT IN (SELECT id FROM snapshot)");
            c.commit();
        } catch (SQLException e) {
            throw Sql.failure("rewind to audit row " + row, e);
        }
        return problems;
    }

    /**
     * VACUUM INTO writes only the new file, but query_only (set on every read-only connection) refuses it; the
     * connection is opened read-only by SQLite as well, so lifting query_only for the copy cannot reach the plan.
     */
    private static void vacuumInto(Connection source, Path target) {
        boolean queryOnly = Sql.query(source, "PRAGMA query_only", rs -> rs.getInt(1)).get(0) == 1;
        try {
            if (queryOnly) Sql.update(source, "PRAGMA query_only = false");
            Sql.update(source, "VACUUM INTO ?", target.toAbsolutePath().toString());
        } finally {
            if (queryOnly) Sql.update(source, "PRAGMA query_only = true");
        }
    }

    /** Empties the table and writes the implied rows; a row the log knows only in part keeps its stored columns. */
    private static void rebuild(Connection c, TableShape shape, Map<String, ReplayState.Row> implied, List<String> problems) throws SQLException {
        Map<String, Map<String, String>> stored = partlyKnown(c, shape, implied);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + TableShape.quote(shape.table()));
        }
        for (Map.Entry<String, ReplayState.Row> e : implied.entrySet()) {
            Map<String, String> values = new HashMap<>(stored.getOrDefault(e.getKey(), Map.of()));
            values.putAll(e.getValue().values);
            String[] parts = shape.key().size() == 1 ? new String[]{e.getKey()} : e.getKey().split("\u001f", -1);
            List<String> names = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<TableShape.Col> types = new ArrayList<>();
            for (int i = 0; i < shape.key().size(); i++) add(names, texts, types, shape.key().get(i), parts[i].equals("∅") ? null : parts[i]);
            for (TableShape.Col col : shape.values()) if (values.containsKey(col.name())) add(names, texts, types, col, values.get(col.name()));
            String sql = "INSERT INTO " + TableShape.quote(shape.table()) + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < texts.size(); i++) bind(ps, i + 1, types.get(i), texts.get(i));
                for (int n = 0; n < e.getValue().count; n++) ps.executeUpdate();
            } catch (SQLException ex) {
                problems.add(shape.table() + " " + e.getKey().replace('\u001f', '/') + ": cannot be rebuilt from the log (" + ex.getMessage() + ")");
            }
        }
    }

    private static void add(List<String> names, List<String> texts, List<TableShape.Col> types, TableShape.Col col, String value) {
        names.add(TableShape.quote(col.name()));
        texts.add(value);
        types.add(col);
    }

    /** Logged text back into the column: booleans the log wrote as words go into integer columns as 1 and 0. */
    private static void bind(PreparedStatement ps, int at, TableShape.Col col, String value) throws SQLException {
        if (value == null) ps.setNull(at, Types.NULL);
        else if (col.integer() && value.equals("true")) ps.setInt(at, 1);
        else if (col.integer() && value.equals("false")) ps.setInt(at, 0);
        else ps.setString(at, value);
    }

    /** The stored columns of rows created before the log carried whole records: the log says only what changed since. */
    private static Map<String, Map<String, String>> partlyKnown(Connection c, TableShape shape, Map<String, ReplayState.Row> implied) throws SQLException {
        Map<String, Map<String, String>> out = new HashMap<>();
        if (implied.values().stream().allMatch(r -> r.allKnown)) return out;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + shape.selectList() + " FROM " + TableShape.quote(shape.table()))) {
            Object[] parts = new Object[shape.key().size()];
            while (rs.next()) {
                for (int i = 0; i < parts.length; i++) parts[i] = rs.getString(i + 1);
                String k = ReplayState.key(parts);
                ReplayState.Row r = implied.get(k);
                if (r == null || r.allKnown) continue;
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < shape.values().size(); i++) values.put(shape.values().get(i).name(), rs.getString(shape.key().size() + i + 1));
                out.put(k, values);
            }
        }
        return out;
    }
}
