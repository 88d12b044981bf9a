package org.waymark.app;

import java.util.List;
import java.util.Map;

/**
 * A whole plan as its stored rows: table name to rows, each row column name to value (Long, Double, String or
 * null). The schema version says which tables and columns to expect.
 */
public record PlanTables(int schemaVersion, Map<String, List<Map<String, Object>>> tables) {

    public int rows(String table) { return tables.getOrDefault(table, List.of()).size(); }
}
