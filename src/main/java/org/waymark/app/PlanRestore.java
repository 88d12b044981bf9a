package org.waymark.app;

import org.waymark.app.infra.RestoreResult;
import org.waymark.app.infra.PlanLock;
import org.waymark.app.infra.Backups;
import org.waymark.app.infra.BackupHealth;
import org.waymark.store.ChainAnchor;
import org.waymark.store.PlanFacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;

/**
 * Restoring a plan from a backup, so that the plan is replaced only by a healthy copy of itself: the candidate must
 * pass every check (SQLite, schema, chain, the log proving the data), must be of the same plan (the same chain
 * root) unless the user says otherwise, and is upgraded and re-checked in a temporary copy beside the plan. Only
 * then is the plan replaced, in one rename; at any failure before that the plan is untouched.
 */
public final class PlanRestore {

    private final Backups backups;
    private final Clock clock;

    public PlanRestore(Backups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    public RestoreResult run(Path plan, Path backup, String user, boolean otherPlan, Backups.Progress progress) {
        int total = 6;
        plan = RealPath.of(plan);
        progress.step(0, total, "Checking the backup…");
        if (!Files.isRegularFile(backup)) throw new PlanException(PlanException.Kind.NOT_FOUND, "There is no backup at " + backup + ". Choose another backup.", null);
        BackupHealth health = backups.health(backup);
        if (!health.sound()) {
            throw new PlanException(PlanException.Kind.DAMAGED, "The backup " + backup.getFileName() + " cannot be restored. " + health.summary()
                    + ". The plan has not been changed. Choose another backup.", null);
        }
        progress.step(1, total, "Checking the backup is of this plan…");
        belongs(plan, backup, otherPlan);
        progress.step(2, total, "Making sure nobody has the plan open…");
        PlanLock.Attempt attempt = PlanLock.acquire(plan, user, Clock.systemUTC());
        if (attempt instanceof PlanLock.HeldBy held) {
            throw new PlanException(PlanException.Kind.BUSY, held.holder().describe() + " has " + plan.getFileName()
                    + " open. Ask them to close it, then restore. The plan has not been changed.", null);
        }
        Path incoming = plan.resolveSibling("." + plan.getFileName() + ".restoring");
        try (PlanLock lock = ((PlanLock.Taken) attempt).lock()) {
            progress.step(3, total, "Upgrading and checking the backup in a temporary copy…");
            long row = prepare(incoming, backup, user);
            progress.step(4, total, "Keeping a copy of the current plan…");
            Path kept = Files.exists(plan) ? backups.keepCopy(plan) : null;
            progress.step(5, total, "Putting the backup in place…");
            Files.deleteIfExists(Backups.sidecar(plan, "-wal"));
            Files.deleteIfExists(Backups.sidecar(plan, "-shm"));
            Files.move(incoming, plan, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            progress.step(6, total, "Restored.");
            return new RestoreResult(plan, backup, kept, row);
        } catch (IOException e) {
            throw new PlanException(PlanException.Kind.IO, "The restore could not be completed: " + e.getMessage() + ". The plan has not been changed; your backups are untouched.", e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    /** A backup of another plan (another chain root) needs the user's explicit word, and the message says whose it is. */
    private void belongs(Path plan, Path backup, boolean otherPlan) {
        Optional<ChainAnchor.Point> mine = root(plan);
        Optional<ChainAnchor.Point> theirs = root(backup);
        boolean listed = backups.list(plan).stream().anyMatch(b -> RealPath.of(b.file()).equals(RealPath.of(backup)));
        boolean same = mine.isPresent() ? mine.equals(theirs) : listed;
        if (same || otherPlan) return;
        String whose = describe(backup, theirs);
        throw new PlanException(PlanException.Kind.INVALID, backup.getFileName() + " is not a backup of " + plan.getFileName() + ": it is " + whose
                + ". The plan has not been changed. To replace this plan with another plan on purpose, give --other-plan.", null);
    }

    private Optional<ChainAnchor.Point> root(Path file) {
        if (!Files.exists(file)) return Optional.empty();
        try (PlanSession s = PlanSession.openUnloaded(file, clock)) {
            return s.read(ChainAnchor::root);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String describe(Path file, Optional<ChainAnchor.Point> root) {
        try (PlanSession s = PlanSession.openUnloaded(file, clock)) {
            return "the plan of " + s.read(PlanFacts::organisationName) + root.map(r -> ", begun " + r.at()).orElse("");
        }
    }

    /** Copies, upgrades and records the restore in the temporary copy, then checks it again; returns the audit row. */
    private long prepare(Path incoming, Path backup, String user) throws IOException {
        deleteQuietly(incoming);
        Files.copy(backup, incoming);
        long row;
        try (PlanSession s = PlanSession.openAsIs(incoming, false, user, clock)) {
            String why = "Restored from backup " + backup.getFileName();
            s.write(why, tx -> {
                tx.audit("plan", null, "restored_from", null, backup.toAbsolutePath().toString(), why);
                return null;
            });
            row = s.auditRows();
        }
        PlanHealth after = PlanHealth.check(incoming, clock);
        if (!after.healthy()) {
            throw new PlanException(PlanException.Kind.DAMAGED, "The backup " + backup.getFileName() + " did not stay healthy once upgraded: "
                    + String.join("; ", after.problems()) + ". The plan has not been changed.", null);
        }
        return row;
    }

    private static void deleteQuietly(Path p) {
        for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(p.resolveSibling(p.getFileName() + suffix));
            } catch (IOException ignored) {
                // a leftover temporary copy is never taken for the plan
            }
        }
    }
}
