package org.waymark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One write transaction: the connection to write through and the audit entries to commit with it.
 *
 * <p>On a shared plan every statement is a network round trip, and every writer queues for the audit head's lock,
 * held from the transaction's first statement to its COMMIT. So there the transaction sends fewer round trips
 * while holding it: the lock rides in front of the work's first read ({@link #query}), and row updates
 * ({@link #update}) are held back to ride with the audit rows and COMMIT. Whatever reaches the connection itself
 * ({@link #connection()}) first takes the lock and sends what was held back, so the work always runs under the
 * lock and reads its own writes. A plan file's BEGIN IMMEDIATE has already excluded every other writer, and its
 * statements cost no round trip, so there the head is read at once and nothing is held back.
 */
public final class Tx {
    private final Connection connection;
    private final Dialect dialect;
    private final boolean holdsBack;
    /** Null until this transaction holds the write lock (a shared plan's, taken with its first statement). */
    private AuditLog.Head head;
    private final List<HeldUpdate> held = new ArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    /** Compiled once per transaction: an import of thousands of rows would otherwise spend most of its time preparing SQL. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    /** An update of one row; {@code missing} is what to tell the person when that row no longer exists. */
    record HeldUpdate(String sql, List<Object> values, String missing) {}

    Tx(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
        this.holdsBack = dialect.holdsBackWrites();
        if (!holdsBack) head = AuditLog.head(connection, dialect);
    }

    /** The connection, with the write lock held and every held-back update sent, so anything done on it sees them. */
    public Connection connection() {
        sendHeld();
        return connection;
    }

    public void audit(String entity, Long entityId, String field, Object oldValue, Object newValue, String why) {
        audit.add(new AuditEntry(entity, entityId, field, text(oldValue), text(newValue), why));
    }

    List<AuditEntry> entries() { return audit; }

    /** The head this transaction's audit rows follow, read under the write lock (taken now if no statement has taken it). */
    AuditLog.Head head() {
        if (head == null) head = AuditLog.head(connection, dialect);
        return head;
    }

    /** A read; the first statement of a shared plan's transaction also takes the write lock, in the same round trip. */
    <T> List<T> query(String sql, Sql.RowMapper<T> mapper, Object... params) {
        if (head != null || !held.isEmpty()) return Sql.query(connection(), sql, mapper, params);
        AuditLog.HeadAnd<T> both = AuditLog.headThen(connection, dialect, sql, mapper, params);
        head = both.head();
        return both.rows();
    }

    /** An update of exactly one row; refused with {@code missing} when that row is gone (now, or at commit if held back). */
    void update(String sql, Object[] values, String missing) {
        HeldUpdate u = new HeldUpdate(sql, java.util.Arrays.asList(values.clone()), missing);
        if (!holdsBack) {
            send(connection, List.of(u)); // nothing is ever held here, and the head was read when the transaction began
            return;
        }
        // refused here, as a plan file refuses it at its statement: nothing after it runs, and nothing is hashed
        for (Object v : values) if (v instanceof String text) TextGuard.check(text);
        // a bulk write (an import) sends them as it goes: they all go in one statement, which binds at most 65,535 values
        if (held.size() >= HELD_AT_MOST) sendHeld();
        held.add(u);
    }

    /** Few enough that their values and a full chunk of audit rows fit in one statement (see PostgresDialect.ROWS_AT_ONCE). */
    static final int HELD_AT_MOST = 64;

    /** The updates still held back, to send with the audit rows; afterwards there are none. */
    List<HeldUpdate> takeHeld() {
        List<HeldUpdate> out = List.copyOf(held);
        held.clear();
        return out;
    }

    private void sendHeld() {
        head();
        send(connection, takeHeld());
    }

    private void send(Connection c, List<HeldUpdate> updates) {
        try {
            dialect.sendHeld(c, updates);
        } catch (SQLException e) {
            throw Sql.failure("update", e);
        }
    }

    PreparedStatement statement(String sql) throws SQLException {
        sendHeld();
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try { ps.close(); } catch (SQLException ignored) { /* closing; nothing more to do */ }
        }
        statements.clear();
    }

    private static String text(Object v) { return v == null ? null : v.toString(); }
}
