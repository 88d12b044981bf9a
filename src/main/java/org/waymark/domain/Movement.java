package org.waymark.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What changed between two states of the plan: the board's "what moved since last time". */
public record Movement(List<Change> newlyRed, List<Change> newlyBlue, List<Change> slipped, List<Change> reopened,
                       List<SnapshotRow> added, List<SnapshotRow> removed) {

    /** One action's before and after. */
    public record Change(SnapshotRow before, SnapshotRow after) {
        public String ref() { return after.ref(); }
    }

    public static Movement between(List<SnapshotRow> before, List<SnapshotRow> after) {
        Map<Long, SnapshotRow> old = new HashMap<>();
        before.forEach(r -> old.put(r.actionId(), r));
        List<Change> red = new ArrayList<>(), blue = new ArrayList<>(), slipped = new ArrayList<>(), reopened = new ArrayList<>();
        List<SnapshotRow> added = new ArrayList<>();
        for (SnapshotRow now : after) {
            SnapshotRow was = old.remove(now.actionId());
            if (was == null) { added.add(now); continue; }
            Change c = new Change(was, now);
            if (now.brag() == Brag.RED && was.brag() != Brag.RED) red.add(c);
            if (now.brag() == Brag.BLUE && was.brag() != Brag.BLUE) blue.add(c);
            if (was.currentDue() != null && now.currentDue() != null && now.currentDue().isAfter(was.currentDue())) slipped.add(c);
            if (was.status() == ActionStatus.COMPLETE && now.status() != ActionStatus.COMPLETE) reopened.add(c);
        }
        return new Movement(red, blue, slipped, reopened, added, new ArrayList<>(old.values()));
    }

    public boolean isEmpty() {
        return newlyRed.isEmpty() && newlyBlue.isEmpty() && slipped.isEmpty() && reopened.isEmpty() && added.isEmpty() && removed.isEmpty();
    }
}
