package org.waymark.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * One open plan file. Every write runs in a single transaction together with its audit rows: it commits
 * whole or leaves the file as it was.
 */
public final class PlanDatabase implements AutoCloseable {

    /** Work done inside a write transaction. */
    @FunctionalInterface
    public interface Work<T> { T run(Tx tx) throws SQLException; }

    private final PlanLocation location;
    /** Replaced only by {@link #reconnect()}, under {@link #lock}: a shared plan's server may restart under an open window. */
    private volatile Connection connection;
    private final Object lock = new Object();
    /** Audit rows this session wrote (a shared plan's), so a {@link ChangeFeed}'s reader can tell others' changes from its own. */
    private final java.util.concurrent.ConcurrentSkipListSet<Long> ownRows = new java.util.concurrent.ConcurrentSkipListSet<>();
    private final boolean readOnly;
    private final Clock clock;
    private final Dialect dialect;
    /** Who the database says this connection is (a shared plan's login), or null where the client's name is used. */
    private final String login;
    /** The plan keys this computer holds; a keyed plan is extended, and verified beyond continuity, only with its key. */
    private volatile KeyRing keys = KeyRing.NONE;

    PlanDatabase(PlanLocation location, Connection connection, boolean readOnly, Clock clock) {
        this.location = location;
        this.connection = connection;
        this.readOnly = readOnly;
        this.clock = clock;
        this.dialect = Dialect.of(connection);
        this.login = dialect.login(connection);
    }

    /** Opens a plan wherever it lives. */
    public static PlanDatabase open(PlanLocation location, boolean readOnly, Clock clock) {
        return location instanceof PlanLocation.Shared shared ? SharedPlan.open(shared, readOnly, clock)
                : open(((PlanLocation.File) location).path(), readOnly, clock);
    }

    /** A new plan holding exactly the given rows, wherever it is to live (see {@link #restore(Path, int, java.util.Map, Clock)}). */
    public static PlanDatabase restore(PlanLocation location, int schemaVersion, java.util.Map<String, java.util.List<java.util.Map<String, Object>>> tables, Clock clock) {
        return location instanceof PlanLocation.Shared shared ? SharedPlan.restore(shared, schemaVersion, tables, clock)
                : restore(((PlanLocation.File) location).path(), schemaVersion, tables, clock);
    }

    /** Creates a new, empty plan file. Refuses to touch a file that already exists. */
    public static PlanDatabase create(Path path, Clock clock) { return FilePlan.create(path, clock); }

    /**
     * Creates a new plan file holding exactly the given rows: the schema is built up to the document's version,
     * the rows go in as one transaction (foreign keys checked at commit), then the schema is brought up to date.
     * A failure removes the half-made file, so nothing is left behind.
     */
    public static PlanDatabase restore(Path path, int schemaVersion, java.util.Map<String, java.util.List<java.util.Map<String, Object>>> tables, Clock clock) {
        return FilePlan.restore(path, schemaVersion, tables, clock);
    }

    /** Opens an existing plan, upgrading its schema when opened for writing. */
    public static PlanDatabase open(Path path, boolean readOnly, Clock clock) { return FilePlan.open(path, readOnly, false, clock); }

    /**
     * Opens a plan only to look at it (check, a backup's anchors): read-only and, when nothing else has it open (no
     * -wal or -shm beside it), immutable, so SQLite creates no -wal or -shm file and takes no lock: the folder is left
     * exactly as it was. A -wal beside it holds changes another program committed, so then it is read through them.
     */
    public static PlanDatabase inspect(Path path, Clock clock) { return FilePlan.open(path, true, true, clock); }

    /** The plan file, or null for a shared plan (see {@link #location()}). */
    public Path path() { return location instanceof PlanLocation.File f ? f.path() : null; }

    public PlanLocation location() { return location; }

    /** The name this plan's audit rows record for the person writing: a shared plan's database login, else {@code claimed}. */
    public String who(String claimed) { return login != null ? login : claimed; }

    public boolean readOnly() { return readOnly; }

    /** Whether this login may change the plan: false for a shared plan's viewer (see {@link Dialect#mayWrite}). */
    public boolean mayWrite() { return read(dialect::mayWrite); }

    /** Where this plan's key is looked for when it is keyed (see {@link ChainKey}). */
    public void useKeys(KeyRing keys) { this.keys = keys; }

    public KeyRing keys() { return keys; }

    public int schemaVersion() { return Migrations.version(connection); }

    public <T> T read(Function<Connection, T> query) {
        synchronized (lock) {
            return dialect.consistentRead(connection, query);
        }
    }

    /** Runs work in one IMMEDIATE transaction and appends its audit rows before committing. */
    public <T> T write(String who, Work<T> work) {
        if (readOnly) {
            throw new StoreException(StoreException.Reason.READ_ONLY, "This plan is open read-only, so it cannot be changed. Open it for editing, or save a copy.");
        }
        synchronized (lock) {
            Connection connection = this.connection;
            try {
                dialect.begin(connection);
            } catch (SQLException e) {
                try { dialect.rollback(connection); } catch (SQLException ignored) { /* the failure to begin is the one to report */ }
                throw Sql.failure("begin", e);
            }
            Tx tx = null;
            try {
                // the head is read under the write lock before the work's first statement runs: the work runs alone and
                // its audit rows follow this head
                tx = new Tx(connection, dialect);
                T result = work.run(tx);
                AuditLog.Head head = tx.head();
                AuditLog.Appended audit = AuditLog.chain(head, who(who), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(), tx.entries(), keys);
                // marked before the commit, so a watcher that sees the new head already knows these rows are ours
                List<Long> mine = java.util.stream.LongStream.rangeClosed(head.lastId() + 1, audit.lastId()).boxed().toList();
                if (location instanceof PlanLocation.Shared) ownRows.addAll(mine);
                try {
                    dialect.appendAndCommit(connection, tx.takeHeld(), audit);
                } catch (SQLException | RuntimeException e) {
                    ownRows.removeAll(mine);
                    throw e;
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                if (tx != null) tx.closeStatements();
                try { dialect.rollback(connection); } catch (SQLException ignored) { /* the first failure is the one to report */ }
                if (e instanceof SQLException se) throw Sql.failure("write", se);
                throw (RuntimeException) e;
            } finally {
                if (tx != null) tx.closeStatements();
            }
        }
    }

    /** PRAGMA integrity_check: "ok", or the problems SQLite names. */
    public List<String> integrityCheck() {
        return read(dialect::integrityCheck);
    }

    /** PRAGMA quick_check: the cheaper structural check, run on every open (see docs/RELIABILITY.md for its cost). */
    public List<String> quickCheck() {
        return read(dialect::quickCheck);
    }

    /**
     * A consistent copy of a plan file that is not open here, including changes still in its write-ahead log.
     * VACUUM INTO needs a read-write connection, but it only reads the source; the source is never changed.
     */
    public static void snapshot(Path source, Path target) {
        PlanFile.inspectHeader(source);
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
        return read(c -> AuditLog.verify(c, keys));
    }

    /** A consistent copy of the whole plan file, taken while it stays open. */
    public void copyTo(Path target) {
        if (Files.exists(target)) throw new StoreException(StoreException.Reason.INVALID, "A file already exists at " + target + ".");
        if (dialect == Dialect.POSTGRES) {
            throw new StoreException(StoreException.Reason.INVALID, "A shared plan is copied to a file as an offline copy (export to a .waymark file).");
        }
        read(c -> Sql.update(c, "VACUUM INTO ?", target.toAbsolutePath().toString()));
    }

    /**
     * Copies every row, audit chain included, into a new plan at {@code target} (a new file, or an empty shared
     * database) and returns it open: publishing a file, or taking a copy of a shared plan. All rows are read in one
     * consistent read, so the copy is the plan at one moment.
     */
    public PlanDatabase copyInto(PlanLocation target) {
        int version = schemaVersion();
        java.util.Map<String, java.util.List<java.util.Map<String, Object>>> rows = read(c -> TableDump.read(c, true));
        PlanDatabase copy = restore(target, version, rows, clock);
        copy.useKeys(keys);
        return copy;
    }

    /** Marks this (new) plan as an offline copy of {@code source}; it opens read-only from now on. */
    public void markOfflineCopy(String who, String source) {
        write(who, tx -> {
            OfflineCopy.mark(tx, source, Instant.now(clock));
            return null;
        });
    }

    /**
     * A shared plan's feed of the audit head on a connection of its own, so watching never waits behind this
     * session's reads and writes; empty for a plan file, which one person edits at a time.
     */
    public java.util.Optional<ChangeFeed> changeFeed() {
        return location instanceof PlanLocation.Shared shared ? java.util.Optional.of(new ChangeFeed(shared)) : java.util.Optional.empty();
    }

    /** Whether this session wrote the audit row {@code id}; rows up to {@code seen} are then forgotten. */
    public boolean wroteRow(long id) { return ownRows.contains(id); }

    public void forgetOwnRowsUpTo(long seen) { ownRows.headSet(seen, true).clear(); }

    /**
     * A shared plan's connection afresh, after its server went away and came back: the old one is dead. A plan
     * file's connection never needs this. Throws {@link StoreException} while the server still cannot be reached.
     */
    public void reconnect() {
        if (!(location instanceof PlanLocation.Shared shared)) return;
        Connection fresh = SharedPlan.connect(shared);
        synchronized (lock) {
            closeQuietly(connection);
            connection = fresh;
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    static void closeQuietly(Connection c) {
        try { c.close(); } catch (SQLException ignored) { /* nothing more can be done on close */ }
    }
}
