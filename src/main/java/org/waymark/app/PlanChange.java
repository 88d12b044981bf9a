package org.waymark.app;

import org.waymark.domain.Action;
import org.waymark.domain.Plan;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Someone else's change to a shared plan, as one audit row: what it touched, who made it and when (UTC). */
public record PlanChange(long row, String entity, Long entityId, String field, String who, String at) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** The action a change touched (directly, or through an update, evidence, revision or milestone of it), in {@code plan}. */
    public Optional<Action> action(Plan plan) {
        if (entityId == null) return Optional.empty();
        long id = entityId;
        return switch (entity) {
            case "action" -> plan.action(id);
            case "progress_update" -> owner(plan, a -> plan.updatesOf(a.id()).stream().anyMatch(u -> u.id() == id));
            case "evidence" -> owner(plan, a -> plan.evidenceOf(a.id()).stream().anyMatch(e -> e.id() == id));
            case "date_revision" -> owner(plan, a -> plan.revisionsOf(a.id()).stream().anyMatch(r -> r.id() == id));
            case "milestone" -> owner(plan, a -> plan.milestonesOf(a.id()).stream().anyMatch(m -> m.id() == id));
            default -> Optional.empty();
        };
    }

    private static Optional<Action> owner(Plan plan, java.util.function.Predicate<Action> owns) {
        return plan.actions().stream().filter(owns).findFirst();
    }

    /** The ids of the actions these changes touched. */
    public static Set<Long> actions(List<PlanChange> changes, Plan plan) {
        return changes.stream().map(c -> c.action(plan)).flatMap(Optional::stream).map(Action::id).collect(Collectors.toSet());
    }

    /** "akhan changed A004's status at 14:02", for the newest change, with a count of the rest. */
    public static String describe(List<PlanChange> changes, Plan plan, ZoneId zone) {
        PlanChange last = changes.get(changes.size() - 1);
        String rest = changes.size() == 1 ? "" : " (and " + (changes.size() - 1) + (changes.size() == 2 ? " other change)" : " other changes)");
        return last.who + " " + last.what(plan) + " at " + last.time(zone) + rest;
    }

    /** "changed A004's status", "added A031", "posted an update on A004", "changed the plan's people". */
    String what(Plan plan) {
        Optional<String> ref = action(plan).map(Action::ref);
        String thing = words(field);
        if (entity.equals("action")) {
            String a = ref.orElse("an action");
            return field.equals("created") ? "added " + a : field.equals("deleted") ? "removed " + a : "changed " + a + "'s " + thing;
        }
        String on = ref.map(r -> " on " + r).orElse("");
        return switch (entity) {
            case "progress_update" -> "posted an update" + on;
            case "evidence" -> "changed the evidence" + on;
            case "date_revision" -> "revised a due date" + on;
            case "milestone" -> "changed a milestone" + on;
            default -> "changed the plan's " + words(entity) + (field.equals("created") ? " (added one)" : "");
        };
    }

    String time(ZoneId zone) {
        try {
            return CLOCK.format(Instant.parse(at).atZone(zone));
        } catch (RuntimeException e) {
            return at;
        }
    }

    /** A column or field name in words: "current_due" and "currentDue" are both "due date". */
    private static String words(String name) {
        String plain = name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return switch (plain) {
            case "current due" -> "due date";
            case "original due" -> "original due date";
            case "brag override", "override" -> "BRAG override";
            default -> plain;
        };
    }
}
