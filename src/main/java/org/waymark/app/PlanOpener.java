package org.waymark.app;

import org.waymark.app.infra.Backups;
import org.waymark.app.infra.LockInfo;
import org.waymark.app.infra.NetworkDrive;
import org.waymark.app.infra.PlanKeys;
import org.waymark.app.infra.PlanLock;
import org.waymark.store.Migrations;
import org.waymark.store.PlanDatabase;
import org.waymark.store.StoreException;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens a plan the safe way, for the window and for anything else a person drives. First it looks at the file
 * without changing it (SQLite header, Waymark's mark, schema version, {@code PRAGMA quick_check}, the audit
 * chain); a damaged file is refused with a message that says what to do next. Then, to edit, it takes the lock
 * beside the plan (someone else holding it means read-only, naming them), takes a backup (before any upgrade),
 * and only then opens for writing.
 */
public final class PlanOpener {

    private final Backups backups;
    private final Clock lockClock;

    public PlanOpener(Backups backups, Clock lockClock) {
        this.backups = backups;
        this.lockClock = lockClock;
    }

    public static PlanOpener forCurrentUser() { return new PlanOpener(Backups.forCurrentUser(), Clock.systemUTC()); }

    public Backups backups() { return backups; }

    /** Opens for editing when it can, else read-only with a notice saying why. Throws {@link PlanException} if it cannot open at all. */
    public OpenedPlan open(Path file, boolean readOnly, String user, Clock clock) {
        return open(file, readOnly, user, clock, null);
    }

    /**
     * The same; a plan whose audit chain is broken (or whose data the log does not prove) opens read-only unless
     * {@code acceptBroken} gives the reason it is edited anyway, which is written to its audit trail first.
     */
    public OpenedPlan open(Path file, boolean readOnly, String user, Clock clock, String acceptBroken) {
        file = RealPath.of(file);
        Inspection seen = inspect(file, clock);
        if (readOnly) return readOnly(file, user, clock, seen, OpenedPlan.Access.READ_ONLY_CHOSEN, null, List.of());
        if (!seen.schema.isEmpty()) {
            return readOnly(file, user, clock, seen, OpenedPlan.Access.READ_ONLY_UNEXPECTED_SCHEMA, null, List.of(
                    "Open read-only: the file's schema is not the one Waymark creates (" + String.join("; ", seen.schema)
                            + "). Something changed it outside Waymark, so it is never upgraded or written. Keep it as evidence, and restore a backup to carry on."));
        }
        if (seen.audit.keyMissing()) {
            return readOnly(file, user, clock, seen, OpenedPlan.Access.READ_ONLY_NO_KEY, null, List.of(
                    "Open read-only: this plan is keyed (from audit row " + seen.audit.keyedFrom() + "), so only holders of its key can change it, "
                            + "and the key is not on this computer. To edit it here, ask someone who holds the key to run `waymark key PLAN --export FILE` "
                            + "and give you the file, then run `waymark key PLAN --import FILE`."));
        }
        if (!Files.isWritable(file) || !Files.isWritable(file.toAbsolutePath().getParent())) {
            return notWritable(file, user, clock, seen);
        }
        if (!seen.audit.intact() && acceptBroken == null) return readOnly(file, user, clock, seen, OpenedPlan.Access.READ_ONLY_BROKEN, null, List.of());
        PlanLock.Attempt attempt;
        try {
            attempt = PlanLock.acquire(file, user, lockClock);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof AccessDeniedException) return notWritable(file, user, clock, seen);
            throw new PlanException(PlanException.Kind.IO, "Cannot write the lock file beside " + file.getFileName() + ": " + e.getCause().getMessage()
                    + ". Open the plan read-only, or copy it to a folder you can write to.", e);
        }
        if (attempt instanceof PlanLock.HeldBy held) {
            return readOnly(file, user, clock, seen, OpenedPlan.Access.READ_ONLY_IN_USE, held.holder(), List.of(
                    "Open read-only: " + held.holder().describe() + " has this plan open for editing. "
                            + "When they close it, open it again to make changes; or save a copy to work on separately."));
        }
        PlanLock lock = ((PlanLock.Taken) attempt).lock();
        try {
            String reason = seen.version < Migrations.LATEST ? Backups.BEFORE_UPGRADE + seen.version : Backups.ON_OPEN;
            Path backup;
            try {
                backup = backups.take(file, reason);
            } catch (PlanException e) {
                throw new PlanException(PlanException.Kind.IO, "Waymark could not take its safety backup of " + file.getFileName()
                        + " before editing: " + sentence(e.getMessage()) + " The plan has not been changed. "
                        + (e.kind() == PlanException.Kind.READ_ONLY ? "Make " + backups.folder() + " writable" : "Free some space in " + backups.folder())
                        + ", or open the plan read-only.", e);
            }
            PlanSession session = PlanSession.openAsIs(file, false, user, clock);
            session.closeAlso(lock);
            if (!seen.audit.intact()) recordAcceptedBroken(session, seen.audit.describe(), acceptBroken);
            List<String> notices = new ArrayList<>();
            if (reason.startsWith(Backups.BEFORE_UPGRADE)) notices.add("The plan was upgraded from format " + seen.version + " to " + Migrations.LATEST
                    + ". A backup of the earlier version was kept: " + backup.getFileName());
            Path opened = file;
            Optional<String> network = NetworkDrive.of(opened);
            network.ifPresent(kind -> notices.add(NetworkDrive.warning(opened, kind)));
            return new OpenedPlan(session, OpenedPlan.Access.EDITING, null, seen.audit, backup, List.copyOf(notices), network.isPresent());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a shared plan ({@code postgresql://…}) for the window. There is no lock or backup: the database lets many
     * edit at once and keeps its own backups. Opening for editing checks the schema (the store refuses one Waymark did
     * not create); a chain that does not verify opens read-only, as a plan file's does.
     */
    public OpenedPlan openShared(String location, boolean readOnly, String user, Clock clock) {
        PlanSession session = PlanSession.open(location, readOnly, user, clock);
        AuditCheck audit;
        try {
            audit = session.verifyAudit();
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        if (readOnly) return new OpenedPlan(session, OpenedPlan.Access.READ_ONLY_CHOSEN, null, audit, null, List.of());
        if (!session.mayWrite()) {
            // the database would refuse every write; saying so now beats a refusal after the user has typed a change
            String login = session.user();
            session.close();
            return new OpenedPlan(PlanSession.open(location, true, user, clock), OpenedPlan.Access.READ_ONLY_NOT_WRITABLE, null, audit, null, List.of(
                    "Open read-only: your database login (" + login + ") may read this plan but not change it. Ask the plan's database "
                            + "administrator for the waymark_editor role if you should edit it."));
        }
        if (!audit.intact()) {
            session.close();
            return new OpenedPlan(PlanSession.open(location, true, user, clock), OpenedPlan.Access.READ_ONLY_BROKEN, null, audit, null, List.of());
        }
        return new OpenedPlan(session, OpenedPlan.Access.EDITING, null, audit, null, List.of());
    }

    /**
     * A read-only look at a plan for the window to show while {@link #open} checks it: never an editing session and
     * never a gate (a damaged file may fail here, or read partly, and {@code open} still decides). A plain read-only
     * connection, not an immutable one, because {@code open} may write the file meanwhile; and only at the current
     * plan format, since an older plan is upgraded by {@code open} and this would not be the plan that is edited.
     *
     * @throws PlanException when the plan cannot be read this way; the caller just waits for {@code open}
     */
    public static PlanSession look(Path file, String user, Clock clock) {
        PlanSession s = PlanSession.openAsIs(RealPath.of(file), true, user, clock);
        if (s.schemaVersion() != Migrations.LATEST) {
            s.close();
            throw new PlanException(PlanException.Kind.INVALID, file.getFileName() + " is upgraded when it is opened; it is shown once that is done.", null);
        }
        return s;
    }

    /** Writing into a plan that failed its checks is a choice the plan's own audit trail records, with the reason given. */
    static void recordAcceptedBroken(PlanSession session, String described, String why) {
        session.write(why, tx -> {
            tx.audit("plan", null, "accepted_broken", null, described, why);
            return null;
        });
    }

    private static String sentence(String s) { return s == null ? "" : s.endsWith(".") ? s : s + "."; }

    /** "[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)" → the words in brackets. */
    static String plain(String sqliteMessage) {
        if (sqliteMessage == null) return "unknown problem";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\[SQLITE_\\w+]\\s*.*\\((.+)\\)$").matcher(sqliteMessage.strip());
        return m.matches() ? m.group(1) : sqliteMessage.strip();
    }

    /** A zip (an .xlsx, or a zipped or password-protected file) is a common wrong file: say so. */
    private static PlanException notAPlan(Path file, PlanException e) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                return new PlanException(e.kind(), e.getMessage() + " It looks like a zip archive (a spreadsheet, or a zipped or password-protected file); "
                        + "if a plan was zipped, unzip it and open the .waymark file inside.", e);
            }
        } catch (java.io.IOException ignored) {
            // the original message stands
        }
        return e;
    }

    /**
     * The "open read-only" way out for a file {@link #open} refused as damaged: no integrity gate, never writes.
     * It may still fail if too little of the plan can be read.
     */
    public OpenedPlan openDamagedReadOnly(Path file, String user, Clock clock) {
        PlanSession session = PlanSession.open(file, true, user, clock);
        AuditCheck audit;
        try {
            audit = session.verifyAudit();
        } catch (PlanException e) {
            audit = new AuditCheck(false, 0, null, "the audit trail cannot be read (" + e.getMessage() + ")");
        }
        return new OpenedPlan(session, OpenedPlan.Access.READ_ONLY_CHOSEN, null, audit, null,
                List.of("Open read-only: this file is damaged, so what you see may be incomplete. Restore a backup to carry on editing."));
    }

    private OpenedPlan notWritable(Path file, String user, Clock clock, Inspection seen) {
        return readOnly(file, user, clock, seen, OpenedPlan.Access.READ_ONLY_NOT_WRITABLE, null, List.of(
                "Open read-only: " + file.getFileName() + " or its folder cannot be written to from this account. "
                        + "To make changes, save a copy to a folder you can write to, or ask for write access."));
    }

    private static OpenedPlan readOnly(Path file, String user, Clock clock, Inspection seen, OpenedPlan.Access access, LockInfo holder, List<String> notices) {
        PlanSession session = PlanSession.open(file, true, user, clock);
        return new OpenedPlan(session, access, holder, seen.audit, null, notices);
    }

    private record Inspection(int version, AuditCheck audit, List<String> schema) {}

    /** Reads the file without changing a byte of it, refusing what cannot safely be opened. */
    static Inspection inspect(Path file, Clock clock) {
        String name = String.valueOf(file.getFileName());
        try (PlanDatabase probe = PlanDatabase.open(file, true, clock)) {
            probe.useKeys(PlanKeys.forCurrentUser());
            List<String> quick = probe.quickCheck();
            if (!(quick.size() == 1 && "ok".equals(quick.get(0)))) {
                // SQLite heads its findings with "*** in database main ***"; the first finding itself is what to show.
                throw damaged(name, quick.stream().filter(l -> !l.startsWith("***")).findFirst().orElse(quick.get(0)).strip(), null);
            }
            AuditCheck audit;
            try {
                var v = probe.verifyAudit();
                audit = AuditCheck.of(v);
            } catch (StoreException e) {
                audit = new AuditCheck(false, 0, null, "the audit trail cannot be read (" + e.getMessage() + ")");
            }
            List<String> schema = probe.read(IntegrityChecks::schema);
            if (audit.intact()) {
                DataCheck data = probe.read(IntegrityChecks::data);
                if (!data.proven()) {
                    audit = new AuditCheck(false, audit.rowsChecked(), null, "the audit log does not prove the data: " + data.summary()
                            + (data.differences().isEmpty() ? "" : " (" + data.differences().get(0) + ")"));
                }
            }
            return new Inspection(probe.schemaVersion(), audit, schema);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.CORRUPT) throw damaged(name, e.getCause() == null ? e.getMessage() : e.getCause().getMessage(), e);
            PlanException p = PlanException.from(e);
            throw p.kind() == PlanException.Kind.NOT_A_PLAN ? notAPlan(file, p) : p;
        }
    }

    private static PlanException damaged(String name, String detail, Throwable cause) {
        return new PlanException(PlanException.Kind.DAMAGED, name + " is damaged: SQLite reports \"" + plain(detail) + "\". The file has not been changed. "
                + "Restore a backup (File › Restore backup…), or open it read-only to see what can still be read.", cause);
    }

}
