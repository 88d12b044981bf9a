package org.waymark.app;

import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules an edit must pass before it is written, each as the message a user reads beside the field at fault.
 * {@link ActionService} refuses the first problem; the editor shows all of them at once. One list of rules, so the
 * window and the app can never word them differently or disagree.
 */
public final class EditChecks {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private EditChecks() {}

    /** Throws the first problem, if any: the app layer's guard. */
    public static void require(List<Refused> problems) {
        if (!problems.isEmpty()) throw problems.get(0);
    }

    public static List<Refused> update(String text, Integer progress) {
        List<Refused> out = new ArrayList<>();
        if (progress != null && (progress < 0 || progress > 100)) out.add(new Refused("progress", "Progress must be between 0 and 100 %."));
        if (blank(text)) out.add(new Refused("text", "Write what has happened before posting the update."));
        return out;
    }

    /**
     * A revision needs a new date that is neither past nor the current one, a reason, an approver and, when the date
     * slips, the interim control that keeps patients safe meanwhile. {@code stored} may be null when only the
     * typed fields are known.
     */
    public static List<Refused> revision(Action stored, LocalDate newDue, String reason, String interimControl, String approvedBy, LocalDate today) {
        List<Refused> out = new ArrayList<>(request(stored, newDue, reason, interimControl, today));
        if (blank(approvedBy)) out.add(new Refused("approvedBy", "Choose who approved the new date."));
        return out;
    }

    /** What a request for a new date needs: the revision's rules without an approver, who comes later. */
    public static List<Refused> request(Action stored, LocalDate newDue, String reason, String interimControl, LocalDate today) {
        List<Refused> out = new ArrayList<>();
        LocalDate old = stored == null ? null : stored.currentDue() != null ? stored.currentDue() : stored.originalDue();
        if (newDue == null) {
            out.add(new Refused("newDue", "Choose the new due date."));
        } else if (newDue.isBefore(today)) {
            out.add(new Refused("newDue", "The new due date " + UK.format(newDue) + " is in the past. Choose today (" + UK.format(today) + ") or later."));
        } else if (stored != null && old == null) {
            out.add(new Refused("newDue", "This action has no due date yet; set one in Details instead."));
        } else if (newDue.equals(old)) {
            out.add(new Refused("newDue", "The new due date is the same as the current one."));
        } else if (stored != null && stored.start() != null && newDue.isBefore(stored.start())) {
            out.add(new Refused("newDue", "The new due date is before the action starts (" + UK.format(stored.start()) + ")."));
        }
        boolean earlier = newDue != null && old != null && newDue.isBefore(old);
        if (blank(reason)) out.add(new Refused("reason", earlier ? "Give the reason for bringing the date forward." : "Give the reason for the delay."));
        if (!earlier && blank(interimControl)) {
            out.add(new Refused("interimControl", "Describe the interim control that keeps patients safe until the new date."));
        }
        return out;
    }

    public static List<Refused> evidence(String reference) {
        return blank(reference) ? List.of(new Refused("reference", "Give the file path, link or document reference of the evidence.")) : List.of();
    }

    public static List<Refused> verification(String verifiedBy) {
        return blank(verifiedBy) ? List.of(new Refused("verifiedBy", "Choose who verified the evidence.")) : List.of();
    }

    public static List<Refused> signOff(String by) {
        return blank(by) ? List.of(new Refused("signedOffBy", "Choose who gave the assurance sign-off.")) : List.of();
    }

    public static List<Refused> override(String reason) {
        return blank(reason) ? List.of(new Refused("overrideReason", "Give the reason for setting the BRAG by hand.")) : List.of();
    }

    /**
     * A verifier, signatory or approver must be one of the plan's people who is allowed to do it, whoever calls:
     * the window offers only them, and the app refuses anyone else, so a typed "Director of Nursing" proves nothing.
     */
    public static List<Refused> allowed(Plan plan, String field, String pick, Person.Permission permission) {
        if (blank(pick)) return List.of();
        String name = Identity.personName(pick);
        Optional<Person> person = plan.people().stream().filter(p -> p.name().strip().equalsIgnoreCase(name)).findFirst();
        if (person.isEmpty()) {
            return List.of(new Refused(field, name + " is not one of this plan's people. Add them in People, allowed to " + permission.label() + ", then choose them."));
        }
        if (!person.get().may(permission)) {
            return List.of(new Refused(field, person.get().name() + " is not allowed to " + permission.label() + ". Allow it in People, or choose someone who is."));
        }
        return List.of();
    }

    /** What stands between an action and Blue, first things first; empty when it may be Blue. */
    public static List<Refused> blue(Action action, List<EvidenceItem> evidence) {
        if (action.status() != ActionStatus.COMPLETE) return List.of(new Refused("brag", "Blue needs the action to be Complete first."));
        if (evidence.stream().noneMatch(EvidenceItem::verified)) {
            return List.of(new Refused("brag", "Blue needs at least one verified evidence item. Add evidence and verify it."));
        }
        if (action.signOff() == null) return List.of(new Refused("brag", "Blue needs an assurance sign-off (who, committee, date)."));
        return List.of();
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
