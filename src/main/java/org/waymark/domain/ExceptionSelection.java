package org.waymark.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which actions a board's exception report lists: every Red action, every overdue one, and every one whose due
 * date was revised since the last board. The last rule is what keeps a revised overdue action in front of the
 * board: revising its date ends "overdue", but never takes it out of the exceptions before the board has seen it.
 */
public final class ExceptionSelection {

    private ExceptionSelection() {}

    /** In the plan's order. {@code lastBoard} empty: there was no earlier board, so every revision is new to it. */
    public static List<Action> of(Plan plan, LocalDate today, Optional<Snapshot> lastBoard) {
        Map<Long, SnapshotRow> before = new HashMap<>();
        lastBoard.ifPresent(s -> s.rows().forEach(r -> before.put(r.actionId(), r)));
        List<Action> out = new ArrayList<>();
        for (Action a : plan.actions()) {
            if (redOrOverdue(plan.brag(a, today).brag(), a.overdue(today)) || revisedSince(a, plan.revisionsOf(a.id()).size(), before.get(a.id()))) {
                out.add(a);
            }
        }
        return out;
    }

    /** The board's first question of any action, and the people view's too: is it Red, or past its due date? */
    public static boolean redOrOverdue(Brag brag, boolean overdue) {
        return brag == Brag.RED || overdue;
    }

    /** Revised since the snapshot: more revisions than it recorded, or a different due date. */
    public static boolean revisedSince(Action a, int revisionsNow, SnapshotRow then) {
        if (then == null) return revisionsNow > 0;
        return revisionsNow > then.revisions()
                || (then.currentDue() != null && a.currentDue() != null && !then.currentDue().equals(a.currentDue()));
    }
}
