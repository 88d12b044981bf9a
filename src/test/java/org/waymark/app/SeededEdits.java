package org.waymark.app;

import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.Organisation;
import org.waymark.domain.Plan;

import java.time.LocalDate;
import java.util.Random;

/** Seeded random writes of every kind the app makes, for tests that compare a shortcut with a plain reference. */
public final class SeededEdits {

    private SeededEdits() {}

    /** One write the app makes, on a random action. Refused edits are part of everyday use too. */
    public static String edit(PlanSession s, Random random, String approver, String verifier) {
        Plan plan = s.plan();
        ActionService actions = new ActionService(s);
        Action a = plan.actions().get(random.nextInt(plan.actions().size()));
        LocalDate today = s.today();
        try {
            switch (random.nextInt(15)) {
                case 0 -> actions.changeStatus(a.id(), ActionStatus.values()[random.nextInt(3)], "seeded");
                case 1 -> actions.postUpdate(a.id(), "Update " + random.nextInt(1000), random.nextBoolean() ? null : random.nextInt(101));
                case 2 -> plan.updatesOf(a.id()).stream().findFirst().ifPresent(u -> actions.deleteUpdate(u, "undo"));
                case 3 -> actions.reviseDueDate(a.id(), today.plusDays(1 + random.nextInt(120)), "Capacity", "Weekly audit", approver, today);
                case 4 -> plan.revisionsOf(a.id()).stream().reduce((x, y) -> y).ifPresent(r -> actions.withdrawRevision(r, "undo"));
                case 5 -> actions.addEvidence(a.id(), "Document", "REF-" + random.nextInt(100), "Minutes");
                case 6 -> plan.evidenceOf(a.id()).stream().filter(e -> e.verifiedBy() == null).findFirst()
                        .ifPresent(e -> actions.verifyEvidence(e, verifier, today));
                case 7 -> plan.evidenceOf(a.id()).stream().findFirst().ifPresent(e -> actions.removeEvidence(e, "undo"));
                case 8 -> actions.addMilestone(a.id(), "Milestone " + random.nextInt(100), today.plusDays(random.nextInt(90)));
                case 9 -> actions.overrideBrag(a.id(), Brag.values()[random.nextInt(Brag.values().length)], "Board's judgement");
                case 10 -> actions.clearOverride(a.id(), "undo");
                case 11 -> actions.removeAction(actions.add(draft(a, random)), "undo add"); // an added action, then its undo
                case 12 -> actions.add(draft(a, random));
                case 13 -> {
                    // Several writes on several actions before anyone reads: one refresh must catch them all up.
                    for (int k = 0; k <= random.nextInt(4); k++) {
                        Action b = plan.actions().get(random.nextInt(plan.actions().size()));
                        if (random.nextBoolean()) actions.postUpdate(b.id(), "Batch " + k, null);
                        else actions.addMilestone(b.id(), "Batch milestone " + k, today.plusDays(k));
                    }
                }
                default -> {
                    // Writes outside the action rows: the session must load whole, and still be right.
                    Organisation org = plan.organisation();
                    new SettingsService(s).saveOrganisation(org, Organisation.named(org.name() + "."));
                }
            }
        } catch (Refused refused) {
            return "refused: " + refused.getMessage();
        }
        return "edit on " + a.ref();
    }

    public static Action draft(Action like, Random random) {
        return new Action(0, "R" + random.nextInt(1_000_000), "Seeded action", "", like.requirementId(), like.themeId(), like.executiveLeadId(),
                like.operationalLeadId(), like.committeeId(), like.start(), like.originalDue(), like.currentDue(), ActionStatus.NOT_STARTED, 0, null, null);
    }

}
