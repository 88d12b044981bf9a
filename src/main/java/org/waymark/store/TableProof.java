package org.waymark.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Streams one table and compares each row with the row the audit log implies for its key. */
final class TableProof {

    private TableProof() {}

    /** Returns the number of stored rows compared; every difference goes to {@code out}. */
    static long compare(Connection c, String table, Set<String> skip, Map<String, ReplayState.Row> implied, Consumer<Difference> out) {
        TableShape shape = TableShape.of(c, table, skip);
        List<TableShape.Col> key = shape.key(), values = shape.values();
        long n = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + shape.selectList() + " FROM " + TableShape.quote(table))) {
            Object[] parts = new Object[key.size()];
            while (rs.next()) {
                n++;
                for (int i = 0; i < parts.length; i++) parts[i] = rs.getString(i + 1);
                String k = ReplayState.key(parts);
                ReplayState.Row row = implied.get(k);
                if (row == null) {
                    out.accept(new Difference(table, k, "(row)", null, "a row the audit log never created"));
                    continue;
                }
                for (int i = 0; i < values.size(); i++) {
                    TableShape.Col col = values.get(i);
                    String stored = rs.getString(key.size() + i + 1);
                    boolean logged = row.values.containsKey(col.name());
                    if (!logged && !row.allKnown) continue;
                    String expected = logged ? row.values.get(col.name()) : defaultOf(col);
                    if (!same(col.type(), expected, stored)) out.accept(new Difference(table, k, col.name(), expected, stored));
                }
                if (--row.count <= 0) implied.remove(k);
            }
        } catch (SQLException e) {
            throw Sql.failure("compare " + table, e);
        }
        for (String missing : implied.keySet()) {
            out.accept(new Difference(table, missing, "(row)", null, "a row the audit log created is missing from the table"));
        }
        implied.clear();
        return n;
    }

    /** A column the log never set holds its declared default: how a row written before the column existed looks. */
    static String defaultOf(TableShape.Col col) {
        String d = col.dflt();
        if (d == null || d.equalsIgnoreCase("NULL")) return null;
        if (d.length() >= 2 && d.startsWith("'") && d.endsWith("'")) return d.substring(1, d.length() - 1).replace("''", "'");
        return d;
    }

    private static boolean same(String type, String logged, String stored) {
        if (logged == null || stored == null) return logged == null && stored == null;
        if (logged.equals(stored)) return true;
        String t = type == null ? "" : type.toUpperCase(java.util.Locale.ROOT);
        if (t.contains("INT")) {
            String l = logged.equals("true") ? "1" : logged.equals("false") ? "0" : logged;
            return l.equals(stored);
        }
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
            try {
                return Double.parseDouble(logged) == Double.parseDouble(stored);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

}
