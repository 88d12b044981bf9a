package org.waymark.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The BRAG of each action, kept from one plan to the next. An action's BRAG depends only on the action, its evidence,
 * its date revisions, the BRAG key and the day; a plan refreshed after a write ({@link Plan#withActions}) keeps the
 * very objects of every action the write did not touch, so an identity check says which results still hold and a
 * status change assesses one action again, not 20,000. A whole reload makes new objects and so assesses every action.
 */
public final class BragCache {

    private record Entry(Action action, List<EvidenceItem> evidence, List<DateRevision> revisions, BragResult result) {}

    private Map<Long, Entry> entries = Map.of();
    private BragKey key;
    private LocalDate day;
    private int assessed;

    /** The BRAG of {@code plan}'s actions on {@code today}, reusing what still holds; forgets actions no longer in the plan. */
    public synchronized Function<Action, BragResult> of(Plan plan, LocalDate today) {
        Map<Long, Entry> old = plan.bragKey() == key && today.equals(day) ? entries : Map.of();
        Map<Long, Entry> now = new HashMap<>(plan.actions().size() * 2);
        assessed = 0;
        for (Action a : plan.actions()) {
            List<EvidenceItem> evidence = plan.evidenceOf(a.id());
            List<DateRevision> revisions = plan.revisionsOf(a.id());
            Entry e = old.get(a.id());
            if (e == null || e.action() != a || e.evidence() != evidence || e.revisions() != revisions) {
                e = new Entry(a, evidence, revisions, plan.brag(a, today));
                assessed++;
            }
            now.put(a.id(), e);
        }
        entries = now;
        key = plan.bragKey();
        day = today;
        return a -> {
            Entry e = now.get(a.id());
            return e != null && e.action() == a ? e.result() : plan.brag(a, today);
        };
    }

    /** How many actions the last {@link #of} assessed; it kept the others' results. For tests and the benchmark. */
    public synchronized int assessed() { return assessed; }
}
