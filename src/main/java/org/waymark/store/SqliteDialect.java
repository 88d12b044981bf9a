package org.waymark.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;

/** A plan file: SQLite in WAL mode, one writer at a time by BEGIN IMMEDIATE. */
final class SqliteDialect extends Dialect {

    @Override List<String> tableNames(Connection c) {
        return Sql.query(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", rs -> rs.getString(1));
    }

    @Override List<TableColumn> columns(Connection c, String table) {
        return Sql.query(c, "SELECT name, type, dflt_value, pk FROM pragma_table_info(?)",
                rs -> new TableColumn(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)), table);
    }

    @Override void begin(Connection c) throws SQLException { execute(c, "BEGIN IMMEDIATE"); }

    @Override String headLock() { return ""; }

    @Override void commit(Connection c) throws SQLException { execute(c, "COMMIT"); }

    @Override void rollback(Connection c) throws SQLException { execute(c, "ROLLBACK"); }

    @Override <T> T consistentRead(Connection c, Function<Connection, T> query) { return query.apply(c); }

    @Override void deferForeignKeys(Connection c) throws SQLException { execute(c, "PRAGMA defer_foreign_keys = ON"); }

    @Override void afterRowsRestored(Connection c) { /* SQLite gives a new row the highest id plus one by itself */ }

    @Override String jsonMemberEquals(String json, String member) {
        return "json_valid(" + json + ") AND json_extract(" + json + ", '$." + member + "') = ?";
    }

    /** A file has no logins: the audit rows record the name the person gave. */
    @Override String login(Connection c) { return null; }

    /** A plan file's writability is the file system's, which opening for editing checks before it gets here. */
    @Override boolean mayWrite(Connection c) { return true; }

    @Override List<String> integrityCheck(Connection c) { return Sql.query(c, "PRAGMA integrity_check", rs -> rs.getString(1)); }

    @Override List<String> quickCheck(Connection c) { return Sql.query(c, "PRAGMA quick_check", rs -> rs.getString(1)); }

    @Override List<String> schemaProblems(Connection c) { return SchemaCheck.sqliteProblems(c); }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
