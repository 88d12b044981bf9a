package org.waymark.app.rounds;

import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.BragResult;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.domain.ProgressUpdate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds what an owner's form shows from the plan: their open actions (everything not yet Blue), in due-date order. */
final class FormContents {

    private static final int LAST_UPDATE_CHARS = 400;

    private final Plan plan;
    private final LocalDate today;

    FormContents(Plan plan, LocalDate today) {
        this.plan = plan;
        this.today = today;
    }

    /** The action's owner: its operational lead, or the executive lead when there is none. */
    static Long owner(Action a) { return a.operationalLeadId() != null ? a.operationalLeadId() : a.executiveLeadId(); }

    /** Owners with open actions and their actions, owners by name. */
    Map<Person, List<Action>> openByOwner() {
        Map<Long, List<Action>> byId = new LinkedHashMap<>();
        for (Action a : plan.actions()) {
            Long owner = owner(a);
            if (owner != null && plan.brag(a, today).brag() != Brag.BLUE) byId.computeIfAbsent(owner, k -> new ArrayList<>()).add(a);
        }
        Map<Person, List<Action>> out = new LinkedHashMap<>();
        plan.people().stream().filter(p -> byId.containsKey(p.id())).sorted(Comparator.comparing(Person::name))
                .forEach(p -> out.put(p, byId.get(p.id())));
        return out;
    }

    OwnerForm form(FormIdentity id, Person owner, List<Action> actions, java.time.LocalDate returnBy) {
        List<Action> sorted = actions.stream().sorted(Comparator.comparing((Action a) -> a.currentDue() == null ? LocalDate.MAX : a.currentDue())
                .thenComparing(Action::ref)).toList();
        List<FormRow> rows = new ArrayList<>(), overdue = new ArrayList<>(), dueSoon = new ArrayList<>(), awaiting = new ArrayList<>();
        for (Action a : sorted) {
            BragResult b = plan.brag(a, today);
            FormRow r = new FormRow(a.id(), a.ref(), a.title(), requirement(a), a.currentDue(), a.status().label(), a.progress(),
                    b.brag().letter() + " " + b.brag().label(), lastUpdate(a), Stamps.action(plan, a));
            rows.add(r);
            if (a.status() == ActionStatus.COMPLETE) awaiting.add(r);
            else if (a.overdue(today)) overdue.add(r);
            else if (a.currentDue() != null && !a.currentDue().isAfter(today.plusDays(30))) dueSoon.add(r);
        }
        return new OwnerForm(id, plan.organisation().name(), owner.name(), OwnerAddress.of(owner), returnBy, rows, overdue, dueSoon, awaiting);
    }

    /** The newest update (by date, then by entry), or null when there is none. */
    static ProgressUpdate latest(List<ProgressUpdate> updates) {
        return updates.stream().max(Comparator.comparing(ProgressUpdate::postedOn).thenComparing(ProgressUpdate::id)).orElse(null);
    }

    private String requirement(Action a) {
        return plan.requirement(a.requirementId()).map(r -> r.ref() + ": " + r.text()).orElse("");
    }

    private String lastUpdate(Action a) {
        ProgressUpdate last = latest(plan.updatesOf(a.id()));
        if (last == null) return "";
        String text = RoundDates.uk(last.postedOn()) + " " + last.text();
        return text.length() > LAST_UPDATE_CHARS ? text.substring(0, LAST_UPDATE_CHARS - 1) + "…" : text;
    }
}
