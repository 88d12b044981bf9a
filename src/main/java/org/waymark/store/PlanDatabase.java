package org.waymark.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * One open plan file. Every write runs in a single transaction together with its audit rows: it commits
 * whole or leaves the file as it was.
 */
public final class PlanDatabase implements AutoCloseable {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Work done inside a write transaction. */
    @FunctionalInterface
    public interface Work<T> { T run(Tx tx) throws SQLException; }

    private final Path path;
    private final Connection connection;
    private final boolean readOnly;
    private final Clock clock;

    private PlanDatabase(Path path, Connection connection, boolean readOnly, Clock clock) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
        this.clock = clock;
    }

    /** Creates a new, empty plan file. Refuses to touch a file that already exists. */
    public static PlanDatabase create(Path path, Clock clock) {
        if (Files.exists(path)) {
            throw new StoreException(StoreException.Reason.INVALID, "A file already exists at " + path + ". Choose another name; Waymark never overwrites a file.");
        }
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "Cannot create the folder for " + path + ": " + e.getMessage(), e);
        }
        Connection c = connect(path, false);
        Migrations.migrate(c, Migrations.LATEST);
        return new PlanDatabase(path, c, false, clock);
    }

    /**
     * Creates a new plan file holding exactly the given rows: the schema is built up to the document's version,
     * the rows go in as one transaction (foreign keys checked at commit), then the schema is brought up to date.
     * A failure removes the half-made file, so nothing is left behind.
     */
    public static PlanDatabase restore(Path path, int schemaVersion, java.util.Map<String, java.util.List<java.util.Map<String, Object>>> tables, Clock clock) {
        if (schemaVersion < 1 || schemaVersion > Migrations.LATEST) {
            throw new StoreException(StoreException.Reason.NEWER_SCHEMA, "The document holds plan format " + schemaVersion
                    + "; this version of Waymark reads formats 1 to " + Migrations.LATEST + ". Update Waymark to import it.");
        }
        if (Files.exists(path)) {
            throw new StoreException(StoreException.Reason.INVALID, "A file already exists at " + path + ". Choose a new file name; Waymark never overwrites a file.");
        }
        Connection c = connect(path, false);
        try {
            Migrations.migrate(c, schemaVersion);
            try (Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                try {
                    TableDump.write(c, tables);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
            if (schemaVersion < Migrations.LATEST) Migrations.migrate(c, Migrations.LATEST);
            return new PlanDatabase(path, c, false, clock);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            deleteQuietly(path);
            if (e instanceof StoreException se) throw se;
            if (e instanceof SQLException se) throw Sql.failure("restore", se);
            throw new StoreException(StoreException.Reason.INVALID, "The document cannot become a plan: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path path) {
        for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
            try { Files.deleteIfExists(path.resolveSibling(path.getFileName() + suffix)); } catch (IOException ignored) { /* best effort */ }
        }
    }

    /** Opens an existing plan, upgrading its schema when opened for writing. */
    public static PlanDatabase open(Path path, boolean readOnly, Clock clock) {
        inspectHeader(path);
        Connection probe = connect(path, true);
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
            closeQuietly(probe);
            throw e;
        }
        if (readOnly) return new PlanDatabase(path, probe, true, clock);
        List<String> schema;
        try {
            schema = SchemaCheck.problems(probe);
        } finally {
            closeQuietly(probe);
        }
        if (!schema.isEmpty()) {
            throw new StoreException(StoreException.Reason.UNEXPECTED_SCHEMA, path.getFileName() + " has a schema Waymark did not create ("
                    + String.join("; ", schema) + "), so it is not migrated or written. It can be opened read-only. The file has not been changed.");
        }
        Connection c = connect(path, false);
        try {
            if (version < Migrations.LATEST) Migrations.migrate(c, Migrations.LATEST);
        } catch (StoreException e) {
            closeQuietly(c);
            throw e;
        }
        return new PlanDatabase(path, c, false, clock);
    }

    private static void inspectHeader(Path path) {
        if (!Files.exists(path)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "There is no file at " + path + ". Check the name, or create a new plan.");
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "Cannot read " + path + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new StoreException(StoreException.Reason.NOT_SQLITE, path.getFileName() + " is empty (0 bytes), so it holds no plan. Restore a backup, or open another file.");
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new StoreException(StoreException.Reason.NOT_SQLITE, path.getFileName() + " is not a Waymark plan (it is not a SQLite database). If it is a spreadsheet, use File › Import.");
        }
    }

    static Connection connect(Path path, boolean readOnly) {
        Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", "5000");
        // 32 MB of page cache: a large import is one transaction, and a small cache would spill it to the WAL page by page.
        p.setProperty("cache_size", "-32768");
        if (readOnly) {
            p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        } else {
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "FULL");
        }
        try {
            Connection c = DriverManager.getConnection(url(path, readOnly), p);
            try (Statement st = c.createStatement()) {
                // A trigger or view planted in the file may not call app-defined or unsafe functions (sqlite-jdbc 3.53 has no defensive-mode switch).
                st.execute("PRAGMA trusted_schema = OFF");
                if (readOnly) st.execute("PRAGMA query_only = true");
            }
            return c;
        } catch (SQLException e) {
            throw Sql.failure("open " + path, e);
        }
    }

    /**
     * A plan in a folder this account cannot write to (a read-only share) cannot get the -shm file SQLite's WAL
     * mode needs even to read; opened as immutable it can be read, and nobody can be writing it there anyway.
     */
    private static String url(Path path, boolean readOnly) {
        Path abs = path.toAbsolutePath();
        Path folder = abs.getParent();
        boolean noSidecars = folder != null && !Files.isWritable(folder) && !Files.exists(abs.resolveSibling(abs.getFileName() + "-shm"));
        return readOnly && noSidecars ? "jdbc:sqlite:" + abs.toUri() + "?immutable=1" : "jdbc:sqlite:" + abs;
    }

    public Path path() { return path; }

    public boolean readOnly() { return readOnly; }

    public int schemaVersion() { return Migrations.version(connection); }

    public <T> T read(Function<Connection, T> query) {
        synchronized (connection) {
            return query.apply(connection);
        }
    }

    /** Runs work in one IMMEDIATE transaction and appends its audit rows before committing. */
    public <T> T write(String who, Work<T> work) {
        if (readOnly) {
            throw new StoreException(StoreException.Reason.READ_ONLY, "This plan is open read-only, so it cannot be changed. Open it for editing, or save a copy.");
        }
        synchronized (connection) {
            Tx tx = new Tx(connection);
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                try {
                    T result = work.run(tx);
                    AuditLog.append(connection, who, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(), tx.entries());
                    st.execute("COMMIT");
                    return result;
                } catch (SQLException | RuntimeException e) {
                    tx.closeStatements();
                    try { st.execute("ROLLBACK"); } catch (SQLException ignored) { /* the first failure is the one to report */ }
                    if (e instanceof SQLException se) throw Sql.failure("write", se);
                    throw (RuntimeException) e;
                } finally {
                    tx.closeStatements();
                }
            } catch (SQLException e) {
                throw Sql.failure("begin", e);
            }
        }
    }

    /** PRAGMA integrity_check: "ok", or the problems SQLite names. */
    public List<String> integrityCheck() {
        return read(c -> Sql.query(c, "PRAGMA integrity_check", rs -> rs.getString(1)));
    }

    /** PRAGMA quick_check: the cheaper structural check, run on every open (see docs/RELIABILITY.md for its cost). */
    public List<String> quickCheck() {
        return read(c -> Sql.query(c, "PRAGMA quick_check", rs -> rs.getString(1)));
    }

    /**
     * A consistent copy of a plan file that is not open here, including changes still in its write-ahead log.
     * VACUUM INTO needs a read-write connection, but it only reads the source; the source is never changed.
     */
    public static void snapshot(Path source, Path target) {
        inspectHeader(source);
        if (Files.exists(target)) throw new StoreException(StoreException.Reason.INVALID, "A file already exists at " + target + ".");
        Properties p = new Properties();
        p.setProperty("busy_timeout", "5000");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath(), p)) {
            Sql.update(c, "VACUUM INTO ?", target.toAbsolutePath().toString());
        } catch (SQLException e) {
            throw Sql.failure("snapshot " + source, e);
        }
    }

    public AuditVerification verifyAudit() {
        return read(AuditLog::verify);
    }

    /** A consistent copy of the whole plan, taken while it stays open. */
    public void copyTo(Path target) {
        if (Files.exists(target)) throw new StoreException(StoreException.Reason.INVALID, "A file already exists at " + target + ".");
        read(c -> Sql.update(c, "VACUUM INTO ?", target.toAbsolutePath().toString()));
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try { c.close(); } catch (SQLException ignored) { /* nothing more can be done on close */ }
    }
}
