package org.waymark.app.demo;

import org.waymark.domain.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reconstructs, roughly, how each demo action stood at an earlier board: revisions made since then are undone,
 * work completed since then was in progress, and actions due since then were still on track.
 */
final class PastState {

    private PastState() {}

    static List<SnapshotRow> asAt(Plan plan, List<SnapshotRow> current, LocalDate date) {
        List<SnapshotRow> rows = new ArrayList<>(current.size());
        java.util.Map<Long, Action> actions = new java.util.HashMap<>();
        plan.actions().forEach(a -> actions.put(a.id(), a));
        for (SnapshotRow now : current) {
            Action a = actions.get(now.actionId());
            if (a.start() != null && a.start().isAfter(date)) continue;
            List<DateRevision> earlier = plan.revisionsOf(a.id()).stream()
                    .filter(r -> !r.pending() && !r.approvedOn().isAfter(date)).toList();
            LocalDate due = earlier.isEmpty() ? a.originalDue() : earlier.get(earlier.size() - 1).newDue();
            ActionStatus status = now.status();
            Brag brag = now.brag();
            int progress = now.progress();
            boolean assuredSince = a.signOff() != null && a.signOff().signedOn().isAfter(date);
            if (status == ActionStatus.COMPLETE && (assuredSince || (due != null && due.isAfter(date.minusDays(30))))) {
                status = ActionStatus.IN_PROGRESS;
                progress = 85;
                brag = Brag.GREEN;
            } else if (brag == Brag.RED && due != null && !due.isBefore(date)) {
                brag = due.isBefore(date.plusDays(30)) ? Brag.AMBER : Brag.GREEN;
                progress = Math.max(0, progress - 10);
            } else if (brag == Brag.AMBER && a.status() != ActionStatus.COMPLETE) {
                brag = Brag.GREEN;
            }
            rows.add(new SnapshotRow(a.id(), a.ref(), a.title(), status, brag, due, progress, earlier.size()));
        }
        return rows;
    }
}
