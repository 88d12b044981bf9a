package org.waymark.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a plan file's {@code sqlite_master} with the exact schema this app creates for the file's
 * {@code user_version}. The expected schema is not written down anywhere: it is what the migrations up to that
 * version produce in an empty in-memory database, so it stays right as migrations are added. A planted trigger,
 * a redefined view, an extra or missing table or index is named, so a file altered with plain SQL is never
 * trusted, migrated or written.
 */
public final class SchemaCheck {

    private static final Map<Integer, Map<String, SchemaObject>> EXPECTED = new ConcurrentHashMap<>();

    /** One entry of sqlite_master. */
    record SchemaObject(String type, String name, String table, String sql) {}

    private SchemaCheck() {}

    /** The problems found, each naming the object; empty when the schema is exactly the app's. */
    public static List<String> problems(Connection c) {
        return Dialect.of(c).schemaProblems(c);
    }

    static List<String> sqliteProblems(Connection c) {
        int version = Migrations.version(c);
        if (version < 1) {
            return List.of("the schema version (PRAGMA user_version) is " + version + ", below 1: Waymark never writes such a file");
        }
        if (version > Migrations.LATEST) {
            return List.of("the schema version " + version + " is newer than this app's " + Migrations.LATEST);
        }
        Map<String, SchemaObject> expected = expected(version);
        Map<String, SchemaObject> actual = objects(c);
        List<String> problems = new ArrayList<>();
        for (SchemaObject e : expected.values()) {
            SchemaObject a = actual.get(e.name());
            if (a == null) problems.add("missing " + e.type() + " " + e.name());
            else if (!a.type().equals(e.type())) problems.add(e.type() + " " + e.name() + " has been replaced by a " + a.type());
            else if (!same(a.sql(), e.sql())) problems.add("changed " + e.type() + " " + e.name() + ": its definition is not the one Waymark created");
        }
        for (SchemaObject a : actual.values()) {
            if (!expected.containsKey(a.name())) {
                problems.add("unknown " + a.type() + " " + a.name() + (a.type().equals("table") || a.table() == null ? "" : " on " + a.table())
                        + " (not created by Waymark)");
            }
        }
        return problems;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** What the migrations up to {@code version} create, computed once per version. */
    static Map<String, SchemaObject> expected(int version) {
        return EXPECTED.computeIfAbsent(version, v -> {
            try (Connection mem = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                Migrations.migrate(mem, v);
                return objects(mem);
            } catch (SQLException e) {
                throw Sql.failure("expected schema " + v, e);
            }
        });
    }

    private static Map<String, SchemaObject> objects(Connection c) {
        Map<String, SchemaObject> out = new LinkedHashMap<>();
        Sql.query(c, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name",
                rs -> out.put(rs.getString(2), new SchemaObject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
        return out;
    }
}
