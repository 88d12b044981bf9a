package org.waymark.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The actions a board looks at first: those past their due date, and those falling due soon. */
public final class Attention {

    /** An open action with its BRAG and the days past (overdue) or left (due soon) to its current due date. */
    public record Item(Action action, BragResult brag, long days) {}

    private Attention() {}

    /** Both lists from one pass over the plan: overdue, and due within {@code days}. */
    public record Lists(List<Item> overdue, List<Item> dueSoon) {}

    public static Lists of(Plan plan, LocalDate today, int days) {
        return of(plan, today, days, a -> plan.brag(a, today));
    }

    /** The same with each action's BRAG from {@code brag} (a {@link BragCache}'s, after a write). */
    public static Lists of(Plan plan, LocalDate today, int days, java.util.function.Function<Action, BragResult> brag) {
        List<Item> overdue = new ArrayList<>(), soon = new ArrayList<>();
        for (Action a : plan.actions()) {
            if (a.status() == ActionStatus.COMPLETE || a.currentDue() == null) continue;
            long left = ChronoUnit.DAYS.between(today, a.currentDue());
            if (left < 0) overdue.add(new Item(a, brag.apply(a), -left));
            else if (left <= days) soon.add(new Item(a, brag.apply(a), left));
        }
        overdue.sort(MOST_OVERDUE);
        soon.sort(SOONEST);
        return new Lists(overdue, soon);
    }

    private static final Comparator<Item> MOST_OVERDUE = Comparator.comparingLong(Item::days).reversed().thenComparing(i -> i.action().ref());
    private static final Comparator<Item> SOONEST = Comparator.comparingLong(Item::days).thenComparing(i -> i.action().ref());

    /** A request for a new due date that awaits a second person's approval, with its action. */
    public record Awaiting(Action action, DateRevision request) {}

    /** Every request for a new due date awaiting approval, in the plan's order of actions and, within one, as asked. */
    public static List<Awaiting> awaitingApproval(Plan plan) {
        List<Awaiting> out = new ArrayList<>();
        for (Action a : plan.actions()) {
            for (DateRevision r : plan.revisionsOf(a.id())) if (r.pending()) out.add(new Awaiting(a, r));
        }
        return out;
    }

    /** Open actions past their current due date, most overdue first. */
    public static List<Item> overdue(Plan plan, LocalDate today) {
        List<Item> out = new ArrayList<>();
        for (Action a : plan.actions()) {
            if (a.overdue(today)) out.add(new Item(a, plan.brag(a, today), ChronoUnit.DAYS.between(a.currentDue(), today)));
        }
        out.sort(MOST_OVERDUE);
        return out;
    }

    /** Open actions due from today up to {@code days} days ahead, soonest first. */
    public static List<Item> dueWithin(Plan plan, LocalDate today, int days) {
        List<Item> out = new ArrayList<>();
        for (Action a : plan.actions()) {
            if (a.status() == ActionStatus.COMPLETE || a.currentDue() == null || a.currentDue().isBefore(today)) continue;
            long left = ChronoUnit.DAYS.between(today, a.currentDue());
            if (left <= days) out.add(new Item(a, plan.brag(a, today), left));
        }
        out.sort(SOONEST);
        return out;
    }
}
