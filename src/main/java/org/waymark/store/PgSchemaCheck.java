package org.waymark.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema check of a shared plan, as {@link SchemaCheck} does for a plan file: the expected schema is not
 * written down, it is what the PostgreSQL migrations create. They are run, inside a savepoint that is always rolled
 * back, into this session's temporary schema (which every login may use, viewers too), and the catalogue's own
 * description of every table, column, constraint, index, view, trigger, rule and function is compared with the
 * plan's. A trigger, rule or function planted with plain SQL, or a changed view, is named.
 */
final class PgSchemaCheck {

    private PgSchemaCheck() {}

    static List<String> problems(Connection c) {
        int version = Migrations.version(c);
        if (version < Migrations.POSTGRES_BASELINE || version > Migrations.LATEST) {
            return List.of("the plan format is " + version + "; a shared plan of this version of Waymark is format "
                    + Migrations.POSTGRES_BASELINE + " to " + Migrations.LATEST);
        }
        try {
            boolean own = c.getAutoCommit();
            if (own) c.setAutoCommit(false);
            try {
                // the plan's own schema is described first: once the temporary tables exist they hide its names
                Map<String, String> actual = describe(c, "current_schema()::regnamespace");
                Savepoint before = c.setSavepoint();
                Map<String, String> expected;
                try {
                    try (Statement st = c.createStatement()) {
                        st.execute("SET LOCAL search_path = pg_temp");
                        st.execute("SET LOCAL client_min_messages = warning");
                    }
                    Migrations.migrate(c, version);
                    expected = describe(c, "pg_my_temp_schema()");
                } finally {
                    c.rollback(before);
                }
                return compare(expected, actual);
            } finally {
                if (own) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("schema check", e);
        }
    }

    private static List<String> compare(Map<String, String> expected, Map<String, String> actual) {
        List<String> problems = new ArrayList<>();
        expected.forEach((name, def) -> {
            String a = actual.get(name);
            if (a == null) problems.add("missing " + name);
            else if (!a.equals(def)) problems.add("changed " + name + ": its definition is not the one Waymark created");
        });
        actual.keySet().stream().filter(n -> !expected.containsKey(n)).forEach(n -> problems.add("unknown " + n + " (not created by Waymark)"));
        return problems;
    }

    /** "kind name" to its definition, as the catalogue prints it, for every object in the schema. */
    private static Map<String, String> describe(Connection c, String schema) {
        Map<String, String> out = new LinkedHashMap<>();
        String sql = """
                SELECT 'table ' || c.relname, string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                       || coalesce(' collate ' || co.collname, '') || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                       || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') || CASE a.attidentity WHEN '' THEN '' ELSE ' identity ' || a.attidentity::text END,
                       ', ' ORDER BY a.attnum)
                FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
                LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0
                WHERE c.relnamespace = %1$s AND c.relkind IN ('r', 'p', 'v', 'm', 'f') GROUP BY c.relname
                UNION ALL
                SELECT 'constraint ' || c.relname || '.' || con.conname, pg_get_constraintdef(con.oid)
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid WHERE c.relnamespace = %1$s
                UNION ALL
                SELECT 'index ' || i.relname, regexp_replace(pg_get_indexdef(i.oid), ' ON \\S+\\.', ' ON ')
                FROM pg_class i WHERE i.relnamespace = %1$s AND i.relkind IN ('i', 'I')
                UNION ALL
                SELECT 'view ' || c.relname, pg_get_viewdef(c.oid, true) FROM pg_class c WHERE c.relnamespace = %1$s AND c.relkind IN ('v', 'm')
                UNION ALL
                SELECT 'trigger ' || c.relname || '.' || t.tgname, regexp_replace(pg_get_triggerdef(t.oid), ' ON \\S+\\.', ' ON ')
                FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = %1$s AND NOT t.tgisinternal
                UNION ALL
                SELECT 'rule ' || r.tablename || '.' || r.rulename, r.definition FROM pg_rules r WHERE r.schemaname = %1$s::regnamespace::text
                UNION ALL
                SELECT 'function ' || p.oid::regprocedure::text, p.prosrc FROM pg_proc p WHERE p.pronamespace = %1$s
                  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = p.oid AND e.deptype = 'e')
                UNION ALL
                SELECT 'policy ' || pol.polname, pg_get_expr(pol.polqual, pol.polrelid) FROM pg_policy pol JOIN pg_class c ON c.oid = pol.polrelid
                WHERE c.relnamespace = %1$s
                ORDER BY 1""".formatted(schema);
        Sql.query(c, sql, rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }
}
