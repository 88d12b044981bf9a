package org.waymark.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's share of the plan: how many actions they lead (as executive or operational lead), how many are Red
 * or overdue, and those troubled actions soonest due first. The people view and anything else that asks "who is
 * carrying the risk" read it from here, so they all count alike.
 */
public record Workload(Person person, int actions, int red, int overdue, List<Item> troubled) {

    /** A Red or overdue action of this person's. */
    public record Item(Action action, Brag brag, boolean overdue) {}

    /** Everyone's workload, most Red first, then most overdue, then most actions. One pass over the actions. */
    public static List<Workload> of(Plan plan, LocalDate today) {
        Map<Long, List<Action>> led = new HashMap<>();
        for (Action a : plan.actions()) {
            if (a.executiveLeadId() != null) led.computeIfAbsent(a.executiveLeadId(), k -> new ArrayList<>()).add(a);
            if (a.operationalLeadId() != null && !a.operationalLeadId().equals(a.executiveLeadId())) {
                led.computeIfAbsent(a.operationalLeadId(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Workload> out = new ArrayList<>();
        for (Person p : plan.people()) out.add(of(plan, today, p, led.getOrDefault(p.id(), List.of())));
        out.sort(Comparator.comparing(Workload::red).thenComparing(Workload::overdue).thenComparing(Workload::actions).reversed());
        return out;
    }

    private static Workload of(Plan plan, LocalDate today, Person p, List<Action> actions) {
        int red = 0;
        int overdue = 0;
        List<Item> troubled = new ArrayList<>();
        for (Action a : actions) {
            Brag b = plan.brag(a, today).brag();
            boolean late = a.overdue(today);
            if (b == Brag.RED) red++;
            if (late) overdue++;
            if (ExceptionSelection.redOrOverdue(b, late)) troubled.add(new Item(a, b, late));
        }
        troubled.sort(Comparator.comparing((Item i) -> i.action().currentDue(), Comparator.nullsLast(Comparator.naturalOrder())));
        return new Workload(p, actions.size(), red, overdue, List.copyOf(troubled));
    }
}
