package org.waymark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A shared plan: PostgreSQL, many writers. A write transaction first queues on the plan's advisory lock, then reads the audit
 * head row FOR UPDATE, so writes (and so audit-chain appends) happen one after another, in turn, and the chain stays one line
 * whoever writes at once. Reads run in
 * one REPEATABLE READ snapshot, so a plan is never loaded half before and half after another person's change.
 */
final class PostgresDialect extends Dialect {

    /** Where a shared plan keeps its format mark and schema version (SQLite's application_id and user_version). */
    static final String FORMAT_TABLE = "plan_format";

    @Override List<String> tableNames(Connection c) {
        return Sql.query(c, "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') "
                + "AND c.relname <> ? ORDER BY c.relname COLLATE \"C\"", rs -> rs.getString(1), FORMAT_TABLE);
    }

    @Override List<TableColumn> columns(Connection c, String table) {
        return Sql.query(c, """
                SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid),
                       coalesce((SELECT k.n FROM pg_index i, unnest(i.indkey) WITH ORDINALITY k(att, n)
                                 WHERE i.indrelid = a.attrelid AND i.indisprimary AND k.att = a.attnum), 0)
                FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE a.attrelid = (SELECT oid FROM pg_class WHERE relname = ? AND relnamespace = current_schema()::regnamespace)
                  AND a.attnum > 0 AND NOT a.attisdropped
                ORDER BY a.attnum""",
                rs -> new TableColumn(rs.getString(1), affinity(rs.getString(2)), plainDefault(rs.getString(3)), rs.getInt(4)), table);
    }

    /** The SQLite affinity a PostgreSQL column type stands for, so values compare as they do in a plan file. */
    private static String affinity(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.equals("bigint") || t.equals("integer") || t.equals("smallint")) return "INTEGER";
        if (t.startsWith("double") || t.equals("real") || t.startsWith("numeric")) return "REAL";
        if (t.equals("bytea")) return "BLOB";
        return "TEXT";
    }

    /** {@code 'NOT_STARTED'::text} as SQLite writes it: {@code 'NOT_STARTED'}. */
    private static String plainDefault(String expr) {
        if (expr == null) return null;
        return expr.replaceFirst("::[a-z ]+$", "");
    }

    @Override void begin(Connection c) throws SQLException { c.setAutoCommit(false); }

    /** The head row exists from the schema's creation, so every appender holds this one row's lock while it appends. */
    @Override String headLock() { return " FOR UPDATE OF audit_head"; }

    /**
     * Writers queue on a transaction-scoped advisory lock before they lock the head's row. Both serialise, but waiters
     * for a row lock are woken through the holder's transaction and the row's own lock, and with 20 editors writing
     * flat out some waited far longer than others (p95 59–68 ms); the advisory lock is one plain lock queue, served in
     * order (p95 32–40 ms in the same runs, docs/BENCHMARKS.md). The row lock stays: a client that skips the queue
     * still cannot append out of turn. The key is the plan's own: a Waymark tag in the high 32 bits, the OID of its
     * audit_head table in the low, so plans in other schemas of the same database do not queue behind each other.
     */
    @Override String writersQueue() { return "SELECT pg_advisory_xact_lock((x'57617977'::bigint << 32) | 'audit_head'::regclass::oid::bigint)"; }

    @Override void commit(Connection c) throws SQLException {
        try {
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override boolean holdsBackWrites() { return true; }

    /**
     * The same in one round trip where it can: the held-back updates, the audit rows, the head's move and COMMIT go
     * as one multi-statement, one network exchange instead of one each. All are made holding the head's lock, which
     * every other writer queues for, so each exchange saved shortens everyone's wait (see docs/BENCHMARKS.md, Shared
     * plan writes). The driver sends a multi-statement's parts together and the server stops at the first that fails,
     * so a failure leaves the transaction open to roll back, as before. An update must change exactly one row, and
     * its count is known only after COMMIT would have run, so each is wrapped to fail in the server when its row is
     * gone: {@code 1 / count(*)} of the rows it changed divides by zero, which stops the statement before COMMIT.
     * Rows beyond {@link #ROWS_AT_ONCE} (an import) go first in statements of their own: one statement binds at most
     * 65,535 values.
     */
    @Override void appendAndCommit(Connection c, List<Tx.HeldUpdate> held, AuditLog.Appended audit) throws SQLException {
        if (held.isEmpty() && audit.rows().isEmpty()) {
            commit(c);
            return;
        }
        String first = guarded(held);
        List<Object> firstValues = valuesOf(held);
        List<Object[]> rows = audit.rows();
        int from = 0;
        while (rows.size() - from > ROWS_AT_ONCE) {
            sendGuarding(c, held, then(first, insertSql(ROWS_AT_ONCE)), withRows(firstValues, rows.subList(from, from + ROWS_AT_ONCE)));
            first = "";
            firstValues = List.of();
            from += ROWS_AT_ONCE;
        }
        List<Object[]> last = rows.subList(from, rows.size());
        List<Object> values = withRows(firstValues, last);
        if (last.isEmpty()) {
            sendGuarding(c, held, then(first, "COMMIT"), values);
        } else {
            values.add(audit.lastId());
            values.add(audit.lastHash());
            sendGuarding(c, held, then(first, insertSql(last.size()) + "; " + AuditLog.MOVE_HEAD + "; COMMIT"), values);
        }
        // committed: the driver saw the transaction end, so this sends nothing (a failure above is rolled back by the caller)
        c.setAutoCommit(true);
    }

    /** Held updates sent before commit (a read or insert needs them first, or a bulk write holds many): one round trip for all. */
    @Override void sendHeld(Connection c, List<Tx.HeldUpdate> held) throws SQLException {
        if (!held.isEmpty()) sendGuarding(c, held, guarded(held), valuesOf(held));
    }

    /** Each held update as a statement that stops the server when it changed no row (see {@link #appendAndCommit}). */
    private static String guarded(List<Tx.HeldUpdate> held) {
        List<String> parts = new ArrayList<>(held.size());
        for (Tx.HeldUpdate u : held) parts.add("WITH changed AS (" + u.sql() + " RETURNING 1) SELECT 1 / count(*) FROM changed");
        return String.join("; ", parts);
    }

    private static List<Object> valuesOf(List<Tx.HeldUpdate> held) {
        List<Object> values = new ArrayList<>();
        for (Tx.HeldUpdate u : held) values.addAll(u.values());
        return values;
    }

    private static String then(String first, String rest) { return first.isEmpty() ? rest : first + "; " + rest; }

    /** Sends statements that may hold guarded updates; a guard that stopped the server is told as the record being gone. */
    private static void sendGuarding(Connection c, List<Tx.HeldUpdate> held, String sql, List<Object> values) throws SQLException {
        try {
            send(c, sql, values);
        } catch (SQLException e) {
            if (DIVISION_BY_ZERO.equals(e.getSQLState())) {
                throw new StoreException(StoreException.Reason.INVALID, held.size() == 1 ? held.get(0).missing()
                        : "A record this change updates no longer exists; someone may have deleted it. Nothing was changed. Reload the plan.", e);
            }
            throw e;
        }
    }

    static final int ROWS_AT_ONCE = 1000;
    private static final String DIVISION_BY_ZERO = "22012";

    private static String insertSql(int rows) {
        return AuditLog.INSERT + String.join(",", Collections.nCopies(rows, AuditLog.ROW_MARKS));
    }

    private static List<Object> withRows(List<Object> before, List<Object[]> rows) {
        List<Object> values = new ArrayList<>(before.size() + rows.size() * 11 + 2);
        values.addAll(before);
        for (Object[] row : rows) values.addAll(Arrays.asList(row));
        return values;
    }

    private static void send(Connection c, String sql, List<Object> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.bind(ps, values.toArray());
            ps.execute();
        }
    }

    @Override void rollback(Connection c) throws SQLException {
        try {
            c.rollback();
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override <T> T consistentRead(Connection c, Function<Connection, T> query) {
        try {
            if (!c.getAutoCommit()) return query.apply(c);
            c.setAutoCommit(false);
            try {
                try (Statement st = c.createStatement()) {
                    // not READ ONLY: the schema check builds its expected schema in temporary tables, then rolls back
                    st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                }
                T result = query.apply(c);
                c.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Sql.failure("read", e);
        }
    }

    @Override void deferForeignKeys(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET CONSTRAINTS ALL DEFERRED");
        }
    }

    @Override void afterRowsRestored(Connection c) {
        List<String> tables = Sql.query(c, "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND column_name = 'id' AND is_identity = 'YES'", rs -> rs.getString(1));
        for (String t : tables) {
            Sql.query(c, "SELECT setval(pg_get_serial_sequence(?, 'id'), coalesce((SELECT max(id) FROM \"" + t + "\"), 0) + 1, false)",
                    rs -> rs.getLong(1), t);
        }
    }

    // PostgreSQL 15 has no json_valid: only text that looks like an object is parsed. The app writes only JSON there.
    @Override String jsonMemberEquals(String json, String member) {
        return "CASE WHEN " + json + " LIKE '{%' THEN (" + json + ")::jsonb -> '" + member + "' = to_jsonb(?::bigint) ELSE false END";
    }

    /** The database login, never a name the client sends: the database has already proven who this is. */
    @Override String login(Connection c) {
        return Sql.query(c, "SELECT session_user", rs -> rs.getString(1)).get(0);
    }

    /** The grants decide: an editor may update actions and add audit rows; a viewer may do neither. */
    @Override boolean mayWrite(Connection c) {
        return Sql.query(c, "SELECT has_table_privilege('action', 'UPDATE') AND has_table_privilege('audit_log', 'INSERT')", rs -> rs.getBoolean(1)).get(0);
    }

    /** The server guards its own pages (checksums, WAL); a client has no cheap whole-database check to run. */
    @Override List<String> integrityCheck(Connection c) { return List.of("ok"); }

    @Override List<String> quickCheck(Connection c) { return List.of("ok"); }

    @Override List<String> schemaProblems(Connection c) { return PgSchemaCheck.problems(c); }
}
