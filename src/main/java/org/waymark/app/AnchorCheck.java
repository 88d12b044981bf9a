package org.waymark.app;

import org.waymark.app.infra.Backups;
import org.waymark.app.infra.BackupInfo;
import org.waymark.app.infra.PlanKeys;
import org.waymark.store.AuditLog;
import org.waymark.store.ChainAnchor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the plan's audit chain with the chains kept outside it, in its backups. Each backup's chain must be a
 * prefix of the plan's: hash chains only grow. A chain recomputed after an edit (the recipe is public) verifies
 * on its own, but no longer agrees with a backup taken before the edit, and this says from when.
 */
public final class AnchorCheck {

    private AnchorCheck() {}

    /** Named problems, one per backup that disagrees; empty when every backup's chain is a prefix of the plan's. */
    public static List<String> againstBackups(Path plan, Backups backups, Clock clock) {
        List<String> problems = new ArrayList<>();
        try (PlanSession mine = PlanSession.openUnloaded(RealPath.of(plan), clock)) {
            // A copy kept before a restore is the file that was replaced, not an anchor of the history restored.
            for (BackupInfo b : backups.list(plan).stream().filter(b -> !b.reason().startsWith(Backups.BEFORE_RESTORE)).toList()) {
                try (PlanSession theirs = PlanSession.openUnloaded(b.file(), clock)) {
                    compare(mine, theirs, "backup " + b.file().getFileName() + " (taken " + b.takenText() + " UTC)").ifPresent(problems::add);
                } catch (PlanException unreadable) {
                    // a backup that cannot be read anchors nothing; `restore` lists it as not sound
                }
            }
        }
        return problems;
    }

    /**
     * Every anchor {@code check} can find: the plan's backups, the heads its own board snapshots recorded, and the plan
     * keys this account holds for it.
     */
    public static List<String> all(Path plan, Backups backups, Clock clock) {
        List<String> problems = new ArrayList<>(againstBackups(plan, backups, clock));
        try (PlanSession mine = PlanSession.openUnloaded(RealPath.of(plan), clock)) {
            problems.addAll(againstSnapshots(mine));
            problems.addAll(againstKeys(mine, PlanKeys.forCurrentUser()));
        }
        return problems;
    }

    /**
     * A key held here for this plan is an anchor too: the plan must still be keyed, with that key. Someone without the
     * key who deletes the "plan keyed" row (or names another key in it) and recomputes the chain gets a chain that
     * verifies on its own; a computer that holds the key knows the plan was keyed.
     */
    static List<String> againstKeys(PlanSession plan, PlanKeys keys) {
        Optional<ChainAnchor.Point> root = plan.read(ChainAnchor::root);
        if (root.isEmpty()) return List.of();
        List<PlanKeys.Entry> held;
        try {
            held = keys.forPlan(root.get().hash());
        } catch (PlanException e) {
            return List.of("the plan keys on this computer cannot be used: " + e.getMessage());
        }
        if (held.isEmpty()) return List.of();
        Optional<AuditLog.Keyed> keyed = plan.read(AuditLog::keyed);
        String ids = String.join(", ", held.stream().map(PlanKeys.Entry::keyId).toList());
        if (keyed.isEmpty()) {
            return List.of("this computer holds a key for this plan (key id " + ids + "), but its audit trail has no \"plan keyed\" row: "
                    + "the row was removed and the chain recomputed, or this file is a copy from before the plan was keyed");
        }
        if (held.stream().noneMatch(e -> e.keyId().equals(keyed.get().keyId()))) {
            return List.of("the plan's \"plan keyed\" row (audit row " + keyed.get().row() + ") names key " + keyed.get().keyId()
                    + ", but the key this computer holds for this plan is " + ids + ": the row was replaced and the chain recomputed");
        }
        return List.of();
    }

    /**
     * Each board snapshot recorded the chain head when it was taken; that row must still have that hash. A chain
     * recomputed after an edit made before the snapshot changes it, unless the forger rewrote the snapshot's own row too.
     */
    static List<String> againstSnapshots(PlanSession plan) {
        List<String> problems = new ArrayList<>();
        for (ChainAnchor.SnapshotHead h : plan.read(ChainAnchor::snapshotHeads)) {
            headInChain(plan, h.row(), h.hash(), "board snapshot \"" + h.label() + "\"").ifPresent(problems::add);
        }
        return problems;
    }

    /** Whether {@code other}'s chain is a prefix of {@code plan}'s; if not, from when they part. */
    static Optional<String> compare(PlanSession plan, PlanSession other, String what) {
        Optional<ChainAnchor.Point> head = other.read(ChainAnchor::head);
        if (head.isEmpty()) return Optional.empty();
        if (same(plan, other, head.get().row())) return Optional.empty();
        // Rows agree up to some point and differ after it: find the last agreeing row by halving.
        long lo = 0, hi = head.get().row();
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (same(plan, other, mid)) lo = mid; else hi = mid;
        }
        long last = lo;
        if (last == 0) {
            return Optional.of("history rewritten from its first row: " + what + " has a different chain from row 1 (another plan put in its place, or the whole history rewritten)");
        }
        String after = other.read(c -> ChainAnchor.row(c, last)).map(ChainAnchor.Point::at).orElse("row " + last);
        if (plan.read(ChainAnchor::head).map(h -> h.row() == last).orElse(false)) {
            return Optional.of("history cut short after " + after + ": " + what + " holds audit rows " + (last + 1) + " to " + head.get().row() + " that the plan no longer has");
        }
        return Optional.of("history rewritten after " + after + ": " + what + " holds audit row " + (last + 1) + " with a different hash");
    }

    /** Whether a head kept elsewhere (row and hash, as a board pack prints them) is still a row of the plan's chain. */
    public static Optional<String> headInChain(PlanSession plan, long row, String hash, String what) {
        Optional<ChainAnchor.Point> p = plan.read(c -> ChainAnchor.row(c, row));
        if (p.isEmpty()) return Optional.of(what + " records audit row " + row + ", which the plan no longer has (history cut short)");
        if (p.get().hash().equals(hash)) return Optional.empty();
        return Optional.of("the plan's audit row " + row + " has hash " + p.get().shortHash() + ", not the " + hash.substring(0, Math.min(12, hash.length()))
                + " " + what + " records: history rewritten at or before " + p.get().at());
    }

    private static boolean same(PlanSession a, PlanSession b, long row) {
        Optional<ChainAnchor.Point> x = a.read(c -> ChainAnchor.row(c, row));
        Optional<ChainAnchor.Point> y = b.read(c -> ChainAnchor.row(c, row));
        return x.isPresent() && y.isPresent() && x.get().hash().equals(y.get().hash());
    }
}
