package org.waymark.store;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * Points of a plan's audit chain that can be kept outside the file: the root (row 1, which makes the plan's
 * identity: every copy and backup of one plan shares it, another plan never does) and the head (the last row).
 * Whether an anchor is still in a chain is one indexed lookup.
 */
public final class ChainAnchor {

    /** One row of the chain: its number, hash and time. */
    public record Point(long row, String hash, String at) {
        public String shortHash() { return hash.length() > 12 ? hash.substring(0, 12) : hash; }
    }

    private ChainAnchor() {}

    public static Optional<Point> root(Connection c) { return at(c, "SELECT id, hash, at FROM audit_log ORDER BY id LIMIT 1"); }

    public static Optional<Point> head(Connection c) { return at(c, "SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1"); }

    /** The chain's row with that number, if any. */
    public static Optional<Point> row(Connection c, long row) {
        List<Point> p = Sql.query(c, "SELECT id, hash, at FROM audit_log WHERE id = ?", rs -> new Point(rs.getLong(1), rs.getString(2), rs.getString(3)), row);
        return p.stream().findFirst();
    }

    /** The last committed row as the head record keeps it (inside a write, before its own rows are appended). */
    static Optional<Point> committedHead(Connection c) {
        return Sql.query(c, "SELECT last_id, last_hash FROM audit_head WHERE id = 1", rs -> new Point(rs.getLong(1), rs.getString(2), "")).stream().findFirst();
    }

    /** A head recorded inside the plan when a board snapshot was taken. */
    public record SnapshotHead(long snapshotId, String label, long row, String hash) {}

    /** The heads the plan's snapshots recorded (snapshots taken before heads were recorded have none). */
    public static List<SnapshotHead> snapshotHeads(Connection c) {
        List<SnapshotHead> out = new java.util.ArrayList<>();
        for (String[] r : Sql.query(c, "SELECT s.id, s.label, a.new_value FROM snapshot s JOIN audit_log a ON a.entity = 'snapshot' AND a.entity_id = s.id "
                + "AND a.field = 'created' ORDER BY s.id", rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)})) {
            try {
                com.fasterxml.jackson.databind.JsonNode n = Json.mapper().readTree(r[2]);
                if (n != null && n.path("chainRow").canConvertToLong() && n.path("chainHash").isTextual()) {
                    out.add(new SnapshotHead(Long.parseLong(r[0]), r[1], n.path("chainRow").asLong(), n.path("chainHash").asText()));
                }
            } catch (Exception unreadable) {
                // an unreadable creation row is the replay's to name (it cannot prove the snapshot)
            }
        }
        return out;
    }

    private static Optional<Point> at(Connection c, String sql) {
        return Sql.query(c, sql, rs -> new Point(rs.getLong(1), rs.getString(2), rs.getString(3))).stream().findFirst();
    }
}
