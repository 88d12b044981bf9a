package org.waymark.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between the two engines a plan can live in: SQLite (a plan file) and PostgreSQL (a shared plan).
 * Everything engine-specific in the store asks the dialect of its connection, so nothing above the store knows
 * which engine it talks to.
 */
abstract class Dialect {

    static final Dialect SQLITE = new SqliteDialect();
    static final Dialect POSTGRES = new PostgresDialect();

    /** A column as the store needs it: type as SQLite's affinity (INTEGER, REAL, TEXT, BLOB), default as SQL text. */
    record TableColumn(String name, String type, String dflt, int pk) {}

    static Dialect of(Connection c) {
        try {
            return c.getMetaData().getURL().startsWith("jdbc:postgresql:") ? POSTGRES : SQLITE;
        } catch (SQLException e) {
            throw Sql.failure("connection", e);
        }
    }

    /** The plan's tables (not views, not the engine's own), by name. */
    abstract List<String> tableNames(Connection c);

    boolean hasTable(Connection c, String name) { return tableNames(c).contains(name); }

    /** The columns of a table in declaration order. */
    abstract List<TableColumn> columns(Connection c, String table);

    /** Starts a write transaction; with the audit head read under {@link #headLock()}, no other writer can run until it ends. */
    abstract void begin(Connection c) throws SQLException;

    /** What makes reading the audit head take the write lock: empty where {@link #begin} has taken it already. */
    abstract String headLock();

    /** A statement that queues this writer behind the others before it reads the head (see PostgresDialect), or null. */
    String writersQueue() { return null; }

    abstract void commit(Connection c) throws SQLException;

    /**
     * Whether a write transaction should hold its row updates back to send with its audit rows (see {@link Tx}):
     * where every statement is a network round trip made holding the one write lock.
     */
    boolean holdsBackWrites() { return false; }

    /** Sends updates of one row each, in the caller's transaction; one whose row is gone is refused with its message. */
    void sendHeld(Connection c, List<Tx.HeldUpdate> held) throws SQLException {
        for (Tx.HeldUpdate u : held) {
            if (Sql.update(c, u.sql(), u.values().toArray()) != 1) throw new StoreException(StoreException.Reason.INVALID, u.missing());
        }
    }

    /** Sends a write's held-back updates, writes its audit rows and moves the head (see {@link AuditLog#write}), then commits. */
    void appendAndCommit(Connection c, List<Tx.HeldUpdate> held, AuditLog.Appended audit) throws SQLException {
        sendHeld(c, held);
        AuditLog.write(c, audit);
        commit(c);
    }

    abstract void rollback(Connection c) throws SQLException;

    /** Runs a read so that all its queries see one state of the plan. */
    abstract <T> T consistentRead(Connection c, java.util.function.Function<Connection, T> query);

    /** Lets rows go in in any order inside the caller's transaction: foreign keys are checked at commit. */
    abstract void deferForeignKeys(Connection c) throws SQLException;

    /** After rows were written with their own ids: new rows must get ids after them. */
    abstract void afterRowsRestored(Connection c) throws SQLException;

    /** SQL that is true when the JSON text {@code json} has a member {@code member} equal to the bound integer. */
    abstract String jsonMemberEquals(String json, String member);

    /** The login the database has proven for this connection, which audit rows record; null where the client's name is used. */
    abstract String login(Connection c);

    /** Whether this login may change the plan at all; false for a shared plan's viewer, whose writes the database refuses. */
    abstract boolean mayWrite(Connection c);

    abstract List<String> integrityCheck(Connection c);

    abstract List<String> quickCheck(Connection c);

    /** Problems with the schema: empty when it is exactly the one the migrations create. */
    abstract List<String> schemaProblems(Connection c);
}
