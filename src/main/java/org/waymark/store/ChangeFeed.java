package org.waymark.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Watches a shared plan for other people's changes by asking for its audit head, on a connection of its own.
 * Every change to a plan appends audit rows and moves the head in the same transaction, so a head that moved is
 * exactly "something changed", and the rows after the old head say who changed what. The query is one primary-key
 * read of a one-row table, cheap enough to ask twice a second from every open window; unlike LISTEN/NOTIFY it needs
 * nothing from writers (any client version, any tool) and nothing is lost while a connection is being remade.
 * Not thread-safe: one watcher thread owns it.
 */
public final class ChangeFeed implements AutoCloseable {

    /** An audit row as the watcher needs it. */
    public record Change(long id, String entity, Long entityId, String field, String who, String at) {}

    /** Rows read at most per ask: a larger burst (an import) is described by its newest rows. */
    static final int MOST_ROWS = 500;

    private final PlanLocation.Shared location;
    private Connection connection;

    ChangeFeed(PlanLocation.Shared location) { this.location = location; }

    /** The id of the newest audit row; throws {@link StoreException} when the server cannot be reached (the next ask reconnects). */
    public long head() {
        return ask(c -> Sql.query(c, "SELECT last_id FROM audit_head WHERE id = 1", rs -> rs.getLong(1)).stream().findFirst().orElse(0L));
    }

    /** The rows after {@code after} up to {@code upTo}, oldest first (the newest {@link #MOST_ROWS} of them). */
    public List<Change> between(long after, long upTo) {
        List<Change> newestFirst = ask(c -> Sql.query(c, "SELECT id, entity, entity_id, field, who, at FROM audit_log WHERE id > ? AND id <= ? ORDER BY id DESC LIMIT "
                + MOST_ROWS, rs -> new Change(rs.getLong(1), rs.getString(2), Sql.nullableLong(rs, "entity_id"), rs.getString(4), rs.getString(5),
                rs.getString(6)), after, upTo));
        List<Change> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private <T> T ask(java.util.function.Function<Connection, T> query) {
        try {
            if (connection == null || connection.isClosed()) connection = connect();
            return query.apply(connection);
        } catch (SQLException | RuntimeException e) {
            close();
            if (e instanceof StoreException s) throw s;
            if (e instanceof SQLException se) throw Sql.failure("watch " + location.display(), se);
            throw new StoreException(StoreException.Reason.IO, "The plan's database server cannot be reached: " + e.getMessage(), e);
        }
    }

    /** Short timeouts: a server that has gone quiet is noticed in seconds, not when the operating system gives up. */
    private Connection connect() throws SQLException {
        Properties p = location.properties();
        p.setProperty("ApplicationName", "Waymark (watching for changes)");
        p.setProperty("connectTimeout", "5");
        p.setProperty("socketTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(location.jdbcUrl(), p);
    }

    @Override public void close() {
        if (connection == null) return;
        try { connection.close(); } catch (SQLException ignored) { /* it is being thrown away */ }
        connection = null;
    }
}
