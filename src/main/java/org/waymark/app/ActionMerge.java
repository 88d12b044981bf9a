package org.waymark.app;

import org.waymark.domain.Action;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A three-way merge of an action's details: as the user was shown it, as they edited it, and as it is stored now.
 * Only the details the editor owns take part; status, dates, BRAG and sign-off have their own audited paths.
 */
record ActionMerge(Action action, List<String> conflicts) {

    private record Field(String name, Function<Action, Object> get) {}

    private static final List<Field> DETAILS = List.of(
            new Field("reference", Action::ref), new Field("title", Action::title), new Field("description", Action::description),
            new Field("finding", Action::requirementId), new Field("theme", Action::themeId), new Field("executive lead", Action::executiveLeadId),
            new Field("operational lead", Action::operationalLeadId), new Field("committee", Action::committeeId), new Field("start date", Action::start),
            new Field("original due date", Action::originalDue));

    static ActionMerge of(Action shown, Action edited, Action stored) {
        List<String> conflicts = new ArrayList<>();
        for (Field f : DETAILS) {
            Object was = f.get().apply(shown);
            Object mine = f.get().apply(edited);
            Object theirs = f.get().apply(stored);
            if (!Objects.equals(mine, was) && !Objects.equals(theirs, was) && !Objects.equals(mine, theirs)) {
                conflicts.add("the " + f.name() + " is now " + show(theirs));
            }
        }
        Action merged = new Action(stored.id(), pick(shown, edited, stored, Action::ref), pick(shown, edited, stored, Action::title),
                pick(shown, edited, stored, Action::description), pick(shown, edited, stored, Action::requirementId),
                pick(shown, edited, stored, Action::themeId), pick(shown, edited, stored, Action::executiveLeadId),
                pick(shown, edited, stored, Action::operationalLeadId), pick(shown, edited, stored, Action::committeeId),
                pick(shown, edited, stored, Action::start),
                stored.originalDue() == null ? edited.originalDue() : stored.originalDue(),
                stored.currentDue() == null ? edited.originalDue() : stored.currentDue(),
                stored.status(), stored.progress(), stored.override(), stored.signOff());
        return new ActionMerge(merged, conflicts);
    }

    /** What differs between two versions of an action, in words. */
    static List<String> differences(Action a, Action b) {
        List<String> out = new ArrayList<>();
        for (Field f : DETAILS) if (!Objects.equals(f.get().apply(a), f.get().apply(b))) out.add("the " + f.name() + " is now " + show(f.get().apply(b)));
        if (a.status() != b.status()) out.add("the status is now " + b.status().label());
        if (!Objects.equals(a.currentDue(), b.currentDue())) out.add("the due date is now " + show(b.currentDue()));
        if (a.progress() != b.progress()) out.add("progress is now " + b.progress() + "%");
        if (!Objects.equals(a.override(), b.override()) || !Objects.equals(a.signOff(), b.signOff())) out.add("its BRAG override or sign-off changed");
        return out;
    }

    /** Mine where I changed it, otherwise what is stored now. */
    private static <T> T pick(Action shown, Action edited, Action stored, Function<Action, T> get) {
        return Objects.equals(get.apply(edited), get.apply(shown)) ? get.apply(stored) : get.apply(edited);
    }

    private static String show(Object v) {
        if (v == null) return "empty";
        if (v instanceof java.time.LocalDate d) return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        return v instanceof String s ? "\u201c" + s + "\u201d" : String.valueOf(v);
    }
}
