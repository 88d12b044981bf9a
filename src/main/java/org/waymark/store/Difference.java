package org.waymark.store;

/** One place where the stored data is not what the audit log implies: the table, the row's key, the field, both values. */
public record Difference(String table, String key, String field, String logged, String stored) {

    public String describe() {
        // A whole-row finding: its words in full, and the logged value (which may be huge) shortened.
        if (field.startsWith("(")) return table + " " + key.replace('\u001f', '/') + ": " + stored + (logged == null ? "" : " (logged " + quote(logged) + ")");
        return table + " " + key.replace('\u001f', '/') + ": " + field + " logged " + quote(logged) + ", stored " + quote(stored);
    }

    private static String quote(String v) {
        if (v == null) return "NULL";
        String s = v.length() > 60 ? v.substring(0, 57) + "…" : v;
        return "\"" + s + "\"";
    }
}
