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

    /** Recomputes every row's link and hash, and the head, so that the chain verifies again. */
    public static void rechain(Path file) throws SQLException {
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
                    String hash = AuditLog.hash(id, rs.getString(2), entityId, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), prev);
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

    /** Moves an action's due dates and rewrites its log to match, then recomputes the chain: a perfect forgery on its own. */
    public static void moveDueDateAndCoverTracks(Path file, String ref, String due) throws SQLException {
        sql(file, "UPDATE action SET current_due = '" + due + "', original_due = '" + due + "' WHERE ref = '" + ref + "'",
                "UPDATE audit_log SET new_value = json_set(new_value, '$.currentDue', '" + due + "', '$.originalDue', '" + due + "') "
                        + "WHERE entity = 'action' AND field = 'created' AND entity_id = (SELECT id FROM action WHERE ref = '" + ref + "')",
                "UPDATE audit_log SET new_value = '" + due + "' WHERE entity = 'action' AND field IN ('currentDue', 'originalDue') "
                        + "AND entity_id = (SELECT id FROM action WHERE ref = '" + ref + "')");
        rechain(file);
    }
}
