package org.waymark.app;

import org.waymark.app.infra.Backups;
import org.waymark.domain.BragKey;
import org.waymark.domain.Organisation;
import org.waymark.domain.Plan;
import org.waymark.domain.ReadinessSummary;
import org.waymark.domain.Readiness;
import org.waymark.store.AuditLog;
import org.waymark.store.AuditVerification;
import org.waymark.store.PlanDatabase;
import org.waymark.store.PlanLoader;
import org.waymark.store.PlanLocation;
import org.waymark.store.PlanStore;
import org.waymark.store.StoreException;
import org.waymark.store.TableDump;
import org.waymark.store.Tx;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * One open plan, the person editing it and the clock. Every use case goes through {@link #write}, so it is one
 * transaction with its audit rows. The loaded {@link Plan} is cached in a {@link PlanCache}.
 */
public final class PlanSession implements AutoCloseable {

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Change<T> { T apply(Tx tx) throws SQLException; }

    private final PlanDatabase db;
    private volatile String user;
    private final Clock clock;
    /** The loaded plan, refreshed after writes. */
    final PlanCache cache = new PlanCache();
    private final List<AutoCloseable> closeWith = new java.util.concurrent.CopyOnWriteArrayList<>();

    private PlanSession(PlanDatabase db, String user, Clock clock) {
        this.db = db;
        this.user = user;
        this.clock = clock;
        db.useKeys(org.waymark.app.infra.PlanKeys.forCurrentUser());
    }

    public static PlanSession create(Path file, String organisationName, String user, Clock clock) {
        return create(file, organisationName, user, clock, tx -> null);
    }

    /** Creates a plan and makes {@code start}'s writes (its regime, its framework) in the same audited write. */
    public static PlanSession create(Path file, String organisationName, String user, Clock clock, Change<?> start) {
        if (organisationName == null || organisationName.isBlank()) throw new Refused("organisation", "Give the organisation's name.");
        try {
            PlanDatabase db = PlanDatabase.create(file, clock);
            PlanSession s = new PlanSession(db, user, clock);
            s.write("Plan created", tx -> {
                PlanStore.saveOrganisation(tx, null, Organisation.named(organisationName.strip()), "Plan created");
                PlanStore.saveBragKey(tx, null, BragKey.standard(), "Plan created");
                start.apply(tx);
                return null;
            });
            return s;
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    /**
     * Opens a plan. Opening for editing upgrades an older file, so a backup of it is taken first (in the per-user
     * backups folder); the window opens through {@link PlanOpener}, which adds the open checks, the lock and a backup
     * on every open.
     */
    public static PlanSession open(Path file, boolean readOnly, String user, Clock clock) {
        if (!readOnly) Backups.beforeUpgrade(file);
        return openAsIs(file, readOnly, user, clock);
    }

    /**
     * Opens a plan wherever it lives: a plan file's path, or a shared plan's {@code postgresql://host/database}.
     * A plan file opens as {@link #open(Path, boolean, String, Clock)} does.
     */
    public static PlanSession open(String location, boolean readOnly, String user, Clock clock) {
        PlanLocation where;
        try {
            where = PlanLocation.parse(location);
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
        if (where instanceof PlanLocation.File f) return open(f.path(), readOnly, user, clock);
        try {
            PlanSession s = new PlanSession(PlanDatabase.open(where, readOnly, clock), user, clock);
            s.plan();
            return s;
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    /**
     * Opens a plan only to read it, for a command that reads once and closes (export, export-pack, spc, verify, a dry
     * run): a plan file is opened as {@code check} opens it, so the file and its folder are left exactly as they were,
     * with no -wal or -shm behind. The window never opens a plan this way: it must see other writers' changes.
     */
    public static PlanSession look(String location, String user, Clock clock) {
        if (isShared(location)) return open(location, true, user, clock);
        return look(Path.of(location), user, clock);
    }

    public static PlanSession look(Path file, String user, Clock clock) {
        try {
            PlanSession s = new PlanSession(PlanDatabase.inspect(file, clock), user, clock);
            s.plan();
            return s;
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    /** Whether a location names a shared plan rather than a file. */
    public static boolean isShared(String location) { return PlanLocation.isShared(location); }

    /** A location as typed, fit to print: any password in it replaced by "…". */
    public static String shown(String location) { return PlanLocation.redacted(location); }

    /** Opens without any backup: for callers that have just taken one. */
    public static PlanSession openAsIs(Path file, boolean readOnly, String user, Clock clock) {
        try {
            PlanSession s = new PlanSession(PlanDatabase.open(file, readOnly, clock), user, clock);
            s.plan();
            return s;
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    /** A new plan file holding exactly the given tables (a whole-plan document), audit log included. */
    public static PlanSession restore(Path file, PlanTables tables, String user, Clock clock) {
        try {
            PlanSession s = new PlanSession(PlanDatabase.restore(file, tables.schemaVersion(), tables.tables(), clock), user, clock);
            s.plan();
            return s;
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    /** Every stored row, for a lossless whole-plan export. */
    public PlanTables tables() {
        try {
            return db.read(c -> new PlanTables(db.schemaVersion(), TableDump.read(c)));
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    /** Read-only, without loading the plan and without touching the file or its folder: for checks that must work even when the data is damaged. */
    static PlanSession openUnloaded(Path file, Clock clock) {
        return openUnloaded(new PlanLocation.File(file), clock);
    }

    static PlanSession openUnloaded(PlanLocation location, Clock clock) {
        try {
            // A plan file is only looked at, leaving it and its folder as they were; a shared plan is read in one snapshot.
            return new PlanSession(location instanceof PlanLocation.File f ? PlanDatabase.inspect(f.path(), clock) : PlanDatabase.open(location, true, clock),
                    "check", clock);
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    /** The plan as last written (see {@link PlanCache}). */
    public Plan plan() {
        try {
            return cache.plan(db::read);
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    public ReadinessSummary readiness() { return Readiness.of(plan(), today()); }

    public <T> T write(String why, Change<T> change) {
        try {
            T result = db.write(user, change::apply);
            cache.written();
            return result;
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    public <T> T read(Function<java.sql.Connection, T> query) { return db.read(query); }

    public List<AuditEntryView> history(String entity, Long id) {
        return db.read(c -> AuditLog.rows(c, entity, id)).stream().map(r -> new AuditEntryView(r.id(), r.entity(), r.entityId(),
                r.field(), r.oldValue(), r.newValue(), r.who(), r.at(), r.why())).toList();
    }

    /** The newest audit row, if any: who changed what, and when. */
    public java.util.Optional<AuditEntryView> lastChange() {
        return db.read(AuditLog::last).map(r -> new AuditEntryView(r.id(), r.entity(), r.entityId(), r.field(), r.oldValue(), r.newValue(),
                r.who(), r.at(), r.why()));
    }

    public AuditCheck verifyAudit() {
        try {
            AuditVerification v = db.verifyAudit();
            return AuditCheck.of(v);
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    public List<String> integrityCheck() {
        try {
            return db.integrityCheck();
        } catch (StoreException e) {
            return List.of(e.getMessage());
        }
    }

    public int schemaVersion() { return db.schemaVersion(); }

    public long auditRows() { return db.read(AuditLog::count); }

    public void saveCopy(Path target) {
        try {
            db.copyTo(target);
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    /** Counts writes made through this session; a view can tell whether what it shows is current. */
    public long revision() { return cache.revision(); }

    /** The plan file, or null for a shared plan (see {@link #location()}). */
    public Path file() { return db.path(); }

    /** Where the plan lives, as a person would write it: a path, or a shared plan's address (never with a password). */
    public String location() { return db.location().display(); }

    /**
     * Writes an offline copy: a new plan file with every row of this plan (audit chain included), marked as a copy
     * of this plan taken now, so it opens read-only and its chain verifies.
     */
    public void offlineCopy(Path target) {
        PlanDatabase copy;
        try {
            copy = db.copyInto(new PlanLocation.File(target));
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
        try (copy) {
            copy.markOfflineCopy(user(), location());
        } catch (StoreException e) {
            // an unmarked copy would open for editing as if it were the plan: it is removed, not left behind
            try { java.nio.file.Files.deleteIfExists(target); } catch (java.io.IOException ignored) { /* reported below */ }
            throw PlanException.from(e);
        }
    }

    /** Copies this plan, audit chain and all, into an empty shared database and returns it open there. */
    PlanSession copyInto(String sharedLocation) {
        try {
            PlanSession s = new PlanSession(db.copyInto(PlanLocation.parse(sharedLocation)), user, clock);
            s.plan();
            return s;
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }
    /** Someone else changed the plan: the next read brings it up to date from the audit rows since ({@link PlanCache}). */
    public void othersWrote() { cache.written(); }

    /** Whether the plan lives in a shared database, where others change it while it is open. */
    public boolean shared() { return db.path() == null; }

    /** A shared plan's connection made afresh after its server came back; throws {@link PlanException} while it is still away. */
    void reconnect() {
        try {
            db.reconnect();
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    PlanDatabase database() { return db; }

    public boolean readOnly() { return db.readOnly(); }

    /** Whether this login may change the plan at all: a shared plan's viewer may not, whatever the window asks. */
    public boolean mayWrite() { return db.mayWrite(); }
    /** Who this session's changes are recorded as: on a shared plan the database login, whatever name was given. */
    public String user() { return db.who(user); }

    /** Records later changes under another name, e.g. once the user has said who they are ({@link Identity#who}). */
    public void actAs(String who) {
        if (who == null || who.isBlank()) throw new Refused("user", "Say who you are: the audit trail records it.");
        this.user = who.strip();
    }
    public Clock clock() { return clock; }
    public LocalDate today() { return LocalDate.now(clock); }

    /** Releases something tied to this session (the plan's lock file) when the session closes. */
    void closeAlso(AutoCloseable resource) { closeWith.add(resource); }

    @Override public void close() {
        db.close();
        for (AutoCloseable c : closeWith) {
            try {
                c.close();
            } catch (Exception ignored) {
                // the plan itself is closed; a lock left behind is found stale and cleared by the next opener
            }
        }
        closeWith.clear();
    }
}
