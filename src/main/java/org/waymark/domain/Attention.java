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

    /** Open actions past their current due date, most overdue first. */
    public static List<Item> overdue(Plan plan, LocalDate today) {
        List<Item> out = new ArrayList<>();
        for (Action a : plan.actions()) {
            if (a.overdue(today)) out.add(new Item(a, plan.brag(a, today), ChronoUnit.DAYS.between(a.currentDue(), today)));
        }
        out.sort(Comparator.comparingLong(Item::days).reversed().thenComparing(i -> i.action().ref()));
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
        out.sort(Comparator.comparingLong(Item::days).thenComparing(i -> i.action().ref()));
        return out;
    }
}
