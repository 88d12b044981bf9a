package org.waymark.store;

import java.util.HashMap;
import java.util.Map;

/** The rows the audit log implies, table by table and key by key, built by replaying the log in order. */
final class ReplayState {

    /** One implied row: the column values the log gives it. */
    static final class Row {
        final Map<String, String> values = new HashMap<>();
        /** False for rows created before creation rows carried the whole record: only the columns logged since are known. */
        boolean allKnown = true;
        /** How many identical rows (a table without a key, such as ratings, may hold duplicates). */
        int count = 1;
    }

    private static final char SEPARATOR = '\u001f';
    private final Map<String, Map<String, Row>> tables = new HashMap<>();

    Map<String, Row> table(String table) {
        return tables.computeIfAbsent(table, t -> new HashMap<>());
    }

    /** Starts a row afresh (a creation replaces whatever the key held). */
    Row create(String table, String key) {
        Row r = new Row();
        table(table).put(key, r);
        return r;
    }

    /** The row, started as partly known when the log changes a row whose creation it never saw. */
    Row existing(String table, String key) {
        return table(table).computeIfAbsent(key, k -> {
            Row r = new Row();
            r.allKnown = false;
            return r;
        });
    }

    void remove(String table, String key) {
        Map<String, Row> t = tables.get(table);
        if (t != null) t.remove(key);
    }

    Map<String, Map<String, Row>> all() { return tables; }

    /** A row key as the comparison builds it from the key columns: values joined by a unit separator, NULL as "∅". */
    static String key(Object... parts) {
        if (parts.length == 1) return text(parts[0]);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append(SEPARATOR);
            sb.append(text(parts[i]));
        }
        return sb.toString();
    }

    private static String text(Object v) {
        String s = canon(v);
        return s == null ? "∅" : s;
    }

    /** A value as SQLite holds it, in text: enums by name, booleans as 1/0. */
    static String canon(Object v) {
        if (v == null) return null;
        if (v instanceof Enum<?> e) return e.name();
        if (v instanceof Boolean b) return b ? "1" : "0";
        return v.toString();
    }
}
