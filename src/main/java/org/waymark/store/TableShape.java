package org.waymark.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How the audit replay sees one table: the columns that make a row's key (as the log names the row) and the
 * columns it compares. Shared by the proof and by the rebuild of a past state, so both read a table alike.
 */
record TableShape(String table, List<Col> key, List<Col> values) {

    /** A column as the dialect describes it (SQLite's PRAGMA table_info, or PostgreSQL's catalogue). */
    record Col(String name, String type, String dflt, int pk) {
        boolean integer() { return type != null && type.toUpperCase(java.util.Locale.ROOT).contains("INT"); }
    }

    static TableShape of(Connection c, String table, Set<String> skip) {
        List<Col> cols = Dialect.of(c).columns(c, table).stream().map(k -> new Col(k.name(), k.type(), k.dflt(), k.pk())).toList();
        List<String> natural = ReplayRules.NATURAL_KEYS.get(table);
        List<Col> key = natural != null
                ? natural.stream().map(n -> cols.stream().filter(k -> k.name().equals(n)).findFirst().orElseThrow()).toList()
                : cols.stream().filter(k -> k.pk() > 0).sorted(Comparator.comparingInt(Col::pk)).toList();
        if (key.isEmpty()) key = cols.stream().filter(k -> !skip.contains(k.name())).toList();
        List<Col> values = new ArrayList<>();
        // a table keyed naturally has an id of its own that the log never names
        for (Col col : cols) if (!key.contains(col) && !skip.contains(col.name()) && !(natural != null && col.pk() > 0)) values.add(col);
        return new TableShape(table, key, values);
    }

    /** Key columns then value columns, quoted, for a SELECT whose row matches {@link #key} and {@link #values} in order. */
    String selectList() {
        List<String> names = new ArrayList<>();
        key.forEach(k -> names.add(quote(k.name())));
        values.forEach(v -> names.add(quote(v.name())));
        return String.join(", ", names);
    }

    static String quote(String name) { return "\"" + name.replace("\"", "\"\"") + "\""; }
}
