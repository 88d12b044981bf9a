package org.waymark.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Streams one table and compares each row with the row the audit log implies for its key. */
final class TableProof {

    /** A column as the dialect describes it (SQLite's PRAGMA table_info). */
    private record Col(String name, String type, String dflt, int pk) {}

    private TableProof() {}

    /** Returns the number of stored rows compared; every difference goes to {@code out}. */
    static long compare(Connection c, String table, Set<String> skip, Map<String, ReplayState.Row> implied, Consumer<Difference> out) {
        List<Col> cols = Dialect.of(c).columns(c, table).stream().map(k -> new Col(k.name(), k.type(), k.dflt(), k.pk())).toList();
        List<String> natural = ReplayRules.NATURAL_KEYS.get(table);
        List<Col> key = natural != null
                ? natural.stream().map(n -> cols.stream().filter(k -> k.name().equals(n)).findFirst().orElseThrow()).toList()
                : cols.stream().filter(k -> k.pk() > 0).sorted(Comparator.comparingInt(Col::pk)).toList();
        if (key.isEmpty()) key = cols.stream().filter(k -> !skip.contains(k.name())).toList();
        List<Col> values = new ArrayList<>();
        // a table keyed naturally has an id of its own that the log never names
        for (Col col : cols) if (!key.contains(col) && !skip.contains(col.name()) && !(natural != null && col.pk() > 0)) values.add(col);
        List<String> names = new ArrayList<>();
        key.forEach(k -> names.add(quote(k.name())));
        values.forEach(v -> names.add(quote(v.name())));
        long n = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + String.join(", ", names) + " FROM " + quote(table))) {
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
                    Col col = values.get(i);
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
    private static String defaultOf(Col col) {
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

    private static String quote(String name) { return "\"" + name.replace("\"", "\"\"") + "\""; }
}
