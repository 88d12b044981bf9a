package org.waymark.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * A plan file made, filled or opened as a {@link PlanDatabase}, as {@link SharedPlan} does for a shared plan: the
 * checks before a file is written (not a plan, a newer format, a schema Waymark did not make, an offline copy) and the
 * upgrade of an older format when it is opened for editing.
 */
final class FilePlan {

    private FilePlan() {}

    static PlanDatabase create(Path path, Clock clock) {
        if (Files.exists(path)) {
            throw new StoreException(StoreException.Reason.INVALID, "A file already exists at " + path + ". Choose another name; Waymark never overwrites a file.");
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "Cannot create the folder for " + path + ": " + e.getMessage(), e);
        }
        Connection c = PlanFile.connect(path, false);
        Migrations.migrate(c, Migrations.LATEST);
        return new PlanDatabase(new PlanLocation.File(path), c, false, clock);
    }

    static PlanDatabase restore(Path path, int schemaVersion, java.util.Map<String, java.util.List<java.util.Map<String, Object>>> tables, Clock clock) {
        if (schemaVersion < 1 || schemaVersion > Migrations.LATEST) {
            throw new StoreException(StoreException.Reason.NEWER_SCHEMA, "The document holds plan format " + schemaVersion
                    + "; this version of Waymark reads formats 1 to " + Migrations.LATEST + ". Update Waymark to import it.");
        }
        if (Files.exists(path)) {
            throw new StoreException(StoreException.Reason.INVALID, "A file already exists at " + path + ". Choose a new file name; Waymark never overwrites a file.");
        }
        Connection c = PlanFile.connect(path, false);
        try {
            Migrations.migrate(c, schemaVersion);
            Sql.inOneTransaction(c, () -> TableDump.write(c, tables));
            if (schemaVersion < Migrations.LATEST) Migrations.migrate(c, Migrations.LATEST);
            return new PlanDatabase(new PlanLocation.File(path), c, false, clock);
        } catch (SQLException | RuntimeException e) {
            PlanDatabase.closeQuietly(c);
            PlanFile.deleteQuietly(path);
            if (e instanceof StoreException se) throw se;
            if (e instanceof SQLException se) throw Sql.failure("restore", se);
            throw new StoreException(StoreException.Reason.INVALID, "The document cannot become a plan: " + e.getMessage(), e);
        }
    }

    static PlanDatabase open(Path path, boolean readOnly, boolean inspect, Clock clock) {
        PlanFile.inspectHeader(path);
        Connection probe = PlanFile.connect(path, true, inspect);
        int version;
        try {
            if (Migrations.applicationId(probe) != Migrations.APPLICATION_ID) {
                throw new StoreException(StoreException.Reason.NOT_A_PLAN, path.getFileName() + " is a SQLite database but not a Waymark plan. Open a .waymark file, or import a spreadsheet instead.");
            }
            version = Migrations.version(probe);
            if (version > Migrations.LATEST) {
                throw new StoreException(StoreException.Reason.NEWER_SCHEMA, path.getFileName() + " was saved by a newer version of Waymark (plan format " + version
                        + "; this version reads up to " + Migrations.LATEST + "). Update Waymark to open it. The file has not been changed.");
            }
        } catch (StoreException e) {
            PlanDatabase.closeQuietly(probe);
            throw e;
        }
        if (readOnly) return new PlanDatabase(new PlanLocation.File(path), probe, true, clock);
        List<String> schema;
        try {
            schema = SchemaCheck.problems(probe);
        } finally {
            PlanDatabase.closeQuietly(probe);
        }
        if (!schema.isEmpty()) {
            throw new StoreException(StoreException.Reason.UNEXPECTED_SCHEMA, path.getFileName() + " has a schema Waymark did not create ("
                    + String.join("; ", schema) + "), so it is not migrated or written. It can be opened read-only. The file has not been changed.");
        }
        Connection c = PlanFile.connect(path, false);
        try {
            PlanFile.refuseOfflineCopy(path, c);
            if (version < Migrations.LATEST) Migrations.migrate(c, Migrations.LATEST);
        } catch (StoreException e) {
            PlanDatabase.closeQuietly(c);
            throw e;
        }
        return new PlanDatabase(new PlanLocation.File(path), c, false, clock);
    }
}
