package org.waymark.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every action whose state differs between two frozen states of the plan (two board snapshots, or a snapshot
 * and now), with what changed. {@link Movement} gives the board's headline categories; this is the full table.
 */
public final class SnapshotComparison {

    /** What can change about an action between two board meetings. */
    public enum Kind { ADDED, REMOVED, NEWLY_RED, NEWLY_BLUE, BRAG, SLIPPED, BROUGHT_FORWARD, REOPENED, STATUS, PROGRESS }

    /** One action that moved. {@code before} is null when added, {@code after} null when removed. */
    public record Change(long actionId, String ref, String title, SnapshotRow before, SnapshotRow after, Set<Kind> kinds) {
        /** Days the due date moved: positive when it slipped, negative when brought forward. */
        public long dueShiftDays() {
            if (before == null || after == null || before.currentDue() == null || after.currentDue() == null) return 0;
            return ChronoUnit.DAYS.between(before.currentDue(), after.currentDue());
        }
    }

    private SnapshotComparison() {}

    public static List<Change> between(List<SnapshotRow> before, List<SnapshotRow> after) {
        Map<Long, SnapshotRow> old = new LinkedHashMap<>();
        before.forEach(r -> old.put(r.actionId(), r));
        List<Change> out = new ArrayList<>();
        for (SnapshotRow now : after) {
            SnapshotRow was = old.remove(now.actionId());
            if (was == null) {
                out.add(new Change(now.actionId(), now.ref(), now.title(), null, now, EnumSet.of(Kind.ADDED)));
                continue;
            }
            Set<Kind> kinds = kinds(was, now);
            if (!kinds.isEmpty()) out.add(new Change(now.actionId(), now.ref(), now.title(), was, now, kinds));
        }
        old.values().forEach(r -> out.add(new Change(r.actionId(), r.ref(), r.title(), r, null, EnumSet.of(Kind.REMOVED))));
        out.sort(Comparator.comparing(Change::ref));
        return out;
    }

    private static Set<Kind> kinds(SnapshotRow was, SnapshotRow now) {
        Set<Kind> k = EnumSet.noneOf(Kind.class);
        boolean slipped = was.currentDue() != null && now.currentDue() != null && now.currentDue().isAfter(was.currentDue());
        // A later date is never an improvement: Red to Amber because the date moved reads as "slipped", not as better.
        boolean betterOnlyByMovingTheDate = slipped && now.brag() != Brag.BLUE && now.brag().ordinal() > was.brag().ordinal();
        if (was.brag() != now.brag() && !betterOnlyByMovingTheDate) {
            k.add(Kind.BRAG);
            if (now.brag() == Brag.RED) k.add(Kind.NEWLY_RED);
            if (now.brag() == Brag.BLUE) k.add(Kind.NEWLY_BLUE);
        }
        if (was.currentDue() != null && now.currentDue() != null) {
            if (now.currentDue().isAfter(was.currentDue())) k.add(Kind.SLIPPED);
            if (now.currentDue().isBefore(was.currentDue())) k.add(Kind.BROUGHT_FORWARD);
        }
        if (was.status() != now.status()) {
            k.add(Kind.STATUS);
            if (was.status() == ActionStatus.COMPLETE) k.add(Kind.REOPENED);
        }
        if (was.progress() != now.progress()) k.add(Kind.PROGRESS);
        return k;
    }
}
