package org.waymark.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every stored row of a plan file, table by table in rowid order, to compare a plan before and after an undo. The
 * audit tables are left out: every undo and redo adds to them, by design. File contents are compared as hex.
 */
public final class StoredRows {

    private StoredRows() {}

    public static Map<String, List<List<Object>>> of(PlanSession s) {
        return s.read(c -> {
            Map<String, List<List<Object>>> rows = new TreeMap<>();
            try (var tables = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'audit%'")) {
                while (tables.next()) rows.put(tables.getString(1), table(c, tables.getString(1)));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        });
    }

    private static List<List<Object>> table(Connection c, String name) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery("SELECT * FROM \"" + name + "\" ORDER BY rowid")) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof byte[] b ? HexFormat.of().formatHex(b) : v);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
