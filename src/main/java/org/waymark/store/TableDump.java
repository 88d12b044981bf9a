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

    /**
     * Table name to rows (column name to value: Long, Double, String or null), tables by name, rows by primary key
     * (all columns where a table has none), so the order is the same whichever engine holds the plan.
     * A value JSON cannot carry (binary data, or a number that is not finite, put there by another program) is a
     * named problem: every one is listed, by table, row and column, and nothing is returned.
     */
    public static Map<String, List<Map<String, Object>>> read(Connection c) {
        return read(c, false);
    }

    /** As {@link #read(Connection)}; with {@code binary} the stored evidence bytes come too, for a copy into another plan. */
    static Map<String, List<Map<String, Object>>> read(Connection c, boolean binary) {
        Dialect dialect = Dialect.of(c);
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        List<String> foreign = new ArrayList<>();
        for (String table : dialect.tableNames(c)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = normalise(rs.getObject(i));
                        row.put(md.getColumnName(i), v);
                    }
                    rows.add(row);
                }
            } catch (SQLException e) {
                throw Sql.failure("read table " + table, e);
            }
            rows.sort(RowOrder.of(dialect.columns(c, table)));
            for (int r = 0; r < rows.size(); r++) {
                for (Map.Entry<String, Object> v : rows.get(r).entrySet()) {
                    String problem = binary && v.getValue() instanceof byte[] ? null : foreignValue(v.getValue());
                    if (problem != null) foreign.add(table + " row " + (r + 1) + ", column " + v.getKey() + ": " + problem);
                }
            }
            tables.put(table, rows);
        }
        if (!foreign.isEmpty()) {
            String listed = String.join("; ", foreign.subList(0, Math.min(10, foreign.size())))
                    + (foreign.size() > 10 ? "; and " + (foreign.size() - 10) + " more" : "");
            throw new StoreException(StoreException.Reason.INVALID, "The plan holds " + foreign.size() + (foreign.size() == 1 ? " value" : " values")
                    + " that no Waymark column holds and a plan document cannot carry, probably written by another program: " + listed
                    + ". Correct or clear them (or restore a backup), then export again.");
        }
        return tables;
    }

    static List<String> tableNames(Connection c) {
        return Dialect.of(c).tableNames(c);
    }

    private static Object normalise(Object v) {
        if (v instanceof Integer i) return i.longValue();
        if (v instanceof Float f) return f.doubleValue();
        return v;
    }

    private static String foreignValue(Object v) {
        if (v instanceof byte[] b) return "binary data (" + b.length + (b.length == 1 ? " byte)" : " bytes)");
        if (v instanceof Double d && !Double.isFinite(d)) return "the number " + d;
        if (v == null || v instanceof Long || v instanceof Double || v instanceof String) return null;
        return "a value of type " + v.getClass().getSimpleName();
    }

    /**
     * Writes the rows into a freshly migrated, empty plan in the caller's transaction. Refuses tables or columns
     * this schema does not have, so nothing is silently dropped.
     */
    static void write(Connection c, Map<String, List<Map<String, Object>>> tables) throws SQLException {
        Dialect dialect = Dialect.of(c);
        List<String> known = tableNames(c);
        for (String table : tables.keySet()) {
            if (!known.contains(table)) throw new StoreException(StoreException.Reason.INVALID, "The document has a table \"" + table + "\" that this plan format does not have.");
        }
        dialect.deferForeignKeys(c);
        try (Statement st = c.createStatement()) {
            for (String table : known) st.executeUpdate("DELETE FROM \"" + table + "\"");
        }
        for (var e : tables.entrySet()) {
            List<String> columns = dialect.columns(c, e.getKey()).stream().map(Dialect.TableColumn::name).toList();
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
        dialect.afterRowsRestored(c);
    }
}
