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

    private static Optional<Point> at(Connection c, String sql) {
        return Sql.query(c, sql, rs -> new Point(rs.getLong(1), rs.getString(2), rs.getString(3))).stream().findFirst();
    }
}
