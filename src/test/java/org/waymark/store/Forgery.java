package org.waymark.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What an insider with sqlite3 and the (public) hash recipe can do: edit rows, then recompute the whole chain. */
public final class Forgery {

    private Forgery() {}

    public static void sql(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) st.executeUpdate(s);
        }
    }

    /**
     * Recomputes every row's link and hash, and the head, so that the chain verifies again; like a careful forger, it
     * also rewrites the chain head each board snapshot recorded, so that they agree with the new chain.
     */
    public static void rechain(Path file) throws SQLException {
        rechain(file, true);
    }

    /** The same, by a forger who does not know that snapshots record the head: their heads keep the old hashes. */
    public static void rechainLeavingSnapshots(Path file) throws SQLException {
        rechain(file, false);
    }

    private static void rechain(Path file, boolean snapshotsToo) throws SQLException {
        rechain(file, snapshotsToo, Long.MAX_VALUE);
    }

    /** Rows from {@code randomFrom} on get random hashes (still linked): what a forger without a keyed plan's key can write. */
    private static void rechain(Path file, boolean snapshotsToo, long randomFrom) throws SQLException {
        try {
            rechainOrFail(file, snapshotsToo, randomFrom);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rechainOrFail(Path file, boolean snapshotsToo, long randomFrom) throws SQLException, com.fasterxml.jackson.core.JsonProcessingException {
        java.util.Map<Long, String> hashes = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            String prev = AuditLog.GENESIS;
            long last = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, entity, entity_id, field, old_value, new_value, who, at, why FROM audit_log ORDER BY id");
                 PreparedStatement up = c.prepareStatement("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long eid = rs.getLong(3);
                    Long entityId = rs.wasNull() ? null : eid;
                    String newValue = rs.getString(6);
                    if (snapshotsToo && "snapshot".equals(rs.getString(2)) && "created".equals(rs.getString(4)) && newValue.contains("chainRow")) {
                        var node = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(newValue);
                        node.put("chainHash", hashes.get(node.get("chainRow").asLong()));
                        newValue = Json.of(node);
                        try (PreparedStatement v = c.prepareStatement("UPDATE audit_log SET new_value = ? WHERE id = ?")) {
                            v.setString(1, newValue);
                            v.setLong(2, id);
                            v.executeUpdate();
                        }
                    }
                    String hash = id >= randomFrom ? randomHash()
                            : AuditLog.hash(id, rs.getString(2), entityId, rs.getString(4), rs.getString(5), newValue, rs.getString(7), rs.getString(8), rs.getString(9), prev);
                    hashes.put(id, hash);
                    up.setString(1, prev);
                    up.setString(2, hash);
                    up.setLong(3, id);
                    up.executeUpdate();
                    prev = hash;
                    last = id;
                }
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
                head.setLong(1, last);
                head.setString(2, prev);
                head.executeUpdate();
            }
            c.commit();
        }
    }

    private static String randomHash() {
        byte[] b = new byte[32];
        new java.security.SecureRandom().nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }

    /**
     * The forgery of {@link #moveDueDateAndCoverTracks}, in a keyed plan, by someone without its key: rows before
     * {@code keyedRow} by the public recipe, the rest with random hashes that link up but sign nothing.
     */
    public static void moveDueDateAndCoverTracksWithRandomHashesFrom(Path file, String ref, String due, long keyedRow) throws SQLException {
        editDueDate(file, ref, due);
        rechain(file, true, keyedRow);
    }

    /** Moves an action's due dates and rewrites its log to match, then recomputes the chain: a perfect forgery on its own. */
    public static void moveDueDateAndCoverTracks(Path file, String ref, String due) throws SQLException {
        moveDueDateAndCoverTracks(file, ref, due, true);
    }

    /** The same; {@code snapshotsToo} false leaves the heads the board snapshots recorded as they were. */
    public static void moveDueDateAndCoverTracks(Path file, String ref, String due, boolean snapshotsToo) throws SQLException {
        editDueDate(file, ref, due);
        rechain(file, snapshotsToo);
    }

    private static void editDueDate(Path file, String ref, String due) throws SQLException {
        sql(file, "UPDATE action SET current_due = '" + due + "', original_due = '" + due + "' WHERE ref = '" + ref + "'",
                "UPDATE audit_log SET new_value = json_set(new_value, '$.currentDue', '" + due + "', '$.originalDue', '" + due + "') "
                        + "WHERE entity = 'action' AND field = 'created' AND entity_id = (SELECT id FROM action WHERE ref = '" + ref + "')",
                "UPDATE audit_log SET new_value = '" + due + "' WHERE entity = 'action' AND field IN ('currentDue', 'originalDue') "
                        + "AND entity_id = (SELECT id FROM action WHERE ref = '" + ref + "')");
    }

    /**
     * What any holder of a plan's key can do (the limit docs/RELIABILITY.md states): turn row {@code markerRow} into
     * the "plan keyed" row naming {@code key}, and sign every row from there on with it, so the chain verifies for
     * every holder of that key. Benchmarks use it to make a chain keyed over almost its whole length.
     */
    public static void keyFrom(Path file, ChainKey key, long markerRow) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement m = c.prepareStatement("UPDATE audit_log SET entity = 'plan', entity_id = NULL, field = 'keyed', old_value = NULL, new_value = ? WHERE id = ?")) {
                m.setString(1, key.id());
                m.setLong(2, markerRow);
                m.executeUpdate();
            }
            String prev = AuditLog.GENESIS;
            long last = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, entity, entity_id, field, old_value, new_value, who, at, why FROM audit_log ORDER BY id");
                 PreparedStatement up = c.prepareStatement("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long eid = rs.getLong(3);
                    Long entityId = rs.wasNull() ? null : eid;
                    String text = AuditLog.recipe(id, rs.getString(2), entityId, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), prev);
                    String hash = id >= markerRow ? key.sign(text)
                            : AuditLog.hash(id, rs.getString(2), entityId, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), prev);
                    up.setString(1, prev);
                    up.setString(2, hash);
                    up.setLong(3, id);
                    up.executeUpdate();
                    prev = hash;
                    last = id;
                }
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
                head.setLong(1, last);
                head.setString(2, prev);
                head.executeUpdate();
            }
            c.commit();
        }
    }
}
