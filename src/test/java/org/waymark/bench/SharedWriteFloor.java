package org.waymark.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;

/**
 * The least a status change with a client-hashed audit row can send to PostgreSQL: two round trips. The first takes
 * the head's lock and reads the action (both needed before the new row's hash can be computed); the second updates
 * the action, inserts the audit row, moves the head and commits. Hand-written against the plan's tables, with no
 * mapping, checks or refresh: a floor for {@link SharedWriteBench}, not a way to write (its hashes follow no recipe).
 */
final class SharedWriteFloor {
    private SharedWriteFloor() {}

    private static final String READ = "SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE; SELECT status FROM action WHERE id = ?";
    private static final String WRITE = "UPDATE action SET status = ? WHERE id = ?; "
            + "INSERT INTO audit_log (id, entity, entity_id, field, old_value, new_value, who, at, why, prev_hash, hash) VALUES (?,'action',?,'status',?,?,'postgres','2026-12-02T10:00:00Z','bench',?,?); "
            + "UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1; COMMIT";

    static void change(Connection c, long action) throws Exception {
        c.setAutoCommit(false);
        long last;
        String prev;
        String status;
        try (PreparedStatement ps = c.prepareStatement(READ)) {
            ps.setLong(1, action);
            ps.execute();
            try (ResultSet rs = ps.getResultSet()) { rs.next(); last = rs.getLong(1); prev = rs.getString(2); }
            ps.getMoreResults();
            try (ResultSet rs = ps.getResultSet()) { rs.next(); status = rs.getString(1); }
        }
        String next = status.equals("ON_HOLD") ? "IN_PROGRESS" : "ON_HOLD";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((prev + (last + 1) + next).getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement ps = c.prepareStatement(WRITE)) {
            int k = 1;
            ps.setString(k++, next);
            ps.setLong(k++, action);
            ps.setLong(k++, last + 1);
            ps.setLong(k++, action);
            ps.setString(k++, status);
            ps.setString(k++, next);
            ps.setString(k++, prev);
            ps.setString(k++, hash);
            ps.setLong(k++, last + 1);
            ps.setString(k, hash);
            ps.execute();
        }
        c.setAutoCommit(true);
    }
}
