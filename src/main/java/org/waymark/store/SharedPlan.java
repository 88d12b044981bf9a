package org.waymark.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Opening and creating a shared plan: one PostgreSQL database (its current schema) holds one plan. The checks on
 * open mirror a plan file's: the database holds a Waymark plan, of a format this app reads, whose schema is exactly
 * the one Waymark creates.
 */
final class SharedPlan {

    private SharedPlan() {}

    /**
     * A read-only open is enforced by {@link PlanDatabase#write} and, for a viewer, by the database's grants; the
     * session itself stays read-write so the schema check can use temporary tables.
     */
    static Connection connect(PlanLocation.Shared location) {
        try {
            return DriverManager.getConnection(location.jdbcUrl(), location.properties());
        } catch (SQLException e) {
            throw Sql.failure("connect to " + location.display(), e);
        }
    }

    static PlanDatabase open(PlanLocation.Shared location, boolean readOnly, Clock clock) {
        Connection c = connect(location);
        try {
            int version = Migrations.version(c);
            if (version == 0 || Migrations.applicationId(c) != Migrations.APPLICATION_ID) {
                throw new StoreException(StoreException.Reason.NOT_A_PLAN, location.display() + " holds no Waymark plan. Publish a plan into it "
                        + "(waymark publish FILE --to " + location.display() + "), or check the database name.");
            }
            if (version > Migrations.LATEST) {
                throw new StoreException(StoreException.Reason.NEWER_SCHEMA, location.display() + " was made by a newer version of Waymark (plan format "
                        + version + "; this version reads up to " + Migrations.LATEST + "). Update Waymark to open it.");
            }
            if (!readOnly) {
                List<String> schema = SchemaCheck.problems(c);
                if (!schema.isEmpty()) {
                    throw new StoreException(StoreException.Reason.UNEXPECTED_SCHEMA, location.display() + " has a schema Waymark did not create ("
                            + String.join("; ", schema) + "), so it is not migrated or written. It can be opened read-only.");
                }
                if (version < Migrations.LATEST) Migrations.migrate(c, Migrations.LATEST);
            }
            return new PlanDatabase(location, c, readOnly, clock);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    /**
     * Publishes rows into an empty database: the schema and every row (audit chain included) go in as one
     * transaction, so the database ends up holding the whole plan or nothing of it.
     */
    static PlanDatabase restore(PlanLocation.Shared location, int schemaVersion, Map<String, List<Map<String, Object>>> tables, Clock clock) {
        if (schemaVersion != Migrations.LATEST) {
            throw new StoreException(StoreException.Reason.INVALID, "Only a plan of the current format (" + Migrations.LATEST + ") can be published; this one is "
                    + schemaVersion + ". Open it for editing in this version of Waymark first, which upgrades it.");
        }
        Connection c = connect(location);
        try {
            List<String> present = Dialect.POSTGRES.tableNames(c);
            if (Migrations.version(c) != 0 || !present.isEmpty()) {
                throw new StoreException(StoreException.Reason.INVALID, location.display() + " is not empty (it has "
                        + (Migrations.version(c) != 0 ? "a Waymark plan" : present.size() + " table(s), such as " + present.get(0))
                        + "). Publish into a new, empty database; see docs/SHARED.md.");
            }
            Sql.inOneTransaction(c, () -> {
                actAsOwner(c);
                Migrations.migrate(c, schemaVersion);
                TableDump.write(c, tables);
            });
            return new PlanDatabase(location, c, false, clock);
        } catch (SQLException e) {
            close(c);
            throw Sql.failure("publish", e);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    /**
     * For this transaction only, acts as the database's owner when the login may (docs/SHARED.md's admin logins are
     * members of {@code waymark_admin}, which owns the database): the plan's tables are then that role's, so any admin
     * can upgrade them and grant on them, not only the person who published. A login that may not stays itself.
     */
    private static void actAsOwner(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT set_config('role', o.name, true) FROM (SELECT pg_get_userbyid(datdba) AS name FROM pg_database
                 WHERE datname = current_database()) o
                 WHERE o.name <> current_user AND CASE WHEN current_setting('server_version_num')::int >= 160000
                       THEN pg_has_role(current_user, o.name, 'SET') ELSE pg_has_role(current_user, o.name, 'MEMBER') END""")) {
            while (rs.next()) { /* set_config did the work */ }
        }
    }

    private static void close(Connection c) {
        try { c.close(); } catch (SQLException ignored) { /* nothing more to do */ }
    }
}
