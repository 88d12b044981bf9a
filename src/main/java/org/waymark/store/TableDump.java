package org.waymark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Every row of every table, as stored, in a stable order. Copying rows verbatim (ids, audit hashes and all) is
 * what makes a whole-plan export lossless: the audit chain of the copy verifies exactly as the original's did.
 */
public final class TableDump {

    private TableDump() {}

    /** Table name to rows (column name to SQLite value: Long, Double, String or null), tables by name, rows by rowid. */
    public static Map<String, List<Map<String, Object>>> read(Connection c) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : tableNames(c)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnName(i), normalise(rs.getObject(i)));
                    rows.add(row);
                }
            } catch (SQLException e) {
                throw Sql.failure("read table " + table, e);
            }
            tables.put(table, rows);
        }
        return tables;
    }

    static List<String> tableNames(Connection c) {
        return Sql.query(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", rs -> rs.getString(1));
    }

    private static Object normalise(Object v) {
        if (v instanceof Integer i) return i.longValue();
        if (v instanceof Float f) return f.doubleValue();
        if (v instanceof byte[]) throw new StoreException(StoreException.Reason.INVALID, "The plan holds binary data, which a plan document cannot carry.");
        return v;
    }

    /**
     * Writes the rows into a freshly migrated, empty plan in the caller's transaction. Refuses tables or columns
     * this schema does not have, so nothing is silently dropped.
     */
    static void write(Connection c, Map<String, List<Map<String, Object>>> tables) throws SQLException {
        List<String> known = tableNames(c);
        for (String table : tables.keySet()) {
            if (!known.contains(table)) throw new StoreException(StoreException.Reason.INVALID, "The document has a table \"" + table + "\" that this plan format does not have.");
        }
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA defer_foreign_keys = ON");
            for (String table : known) st.executeUpdate("DELETE FROM \"" + table + "\"");
        }
        for (var e : tables.entrySet()) {
            List<String> columns = Sql.query(c, "SELECT name FROM pragma_table_info(?)", rs -> rs.getString(1), e.getKey());
            for (Map<String, Object> row : e.getValue()) {
                for (String col : row.keySet()) {
                    if (!columns.contains(col)) throw new StoreException(StoreException.Reason.INVALID, "The document has a column \"" + col + "\" in table \"" + e.getKey() + "\" that this plan format does not have.");
                }
            }
            for (Map<String, Object> row : e.getValue()) {
                StringJoiner names = new StringJoiner(", "), marks = new StringJoiner(", ");
                for (String col : row.keySet()) { names.add("\"" + col + "\""); marks.add("?"); }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"" + e.getKey() + "\" (" + names + ") VALUES (" + marks + ")")) {
                    Sql.bind(ps, row.values().toArray());
                    ps.executeUpdate();
                }
            }
        }
    }
}
