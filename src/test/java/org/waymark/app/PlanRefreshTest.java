package org.waymark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.DateRevision;
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.Organisation;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.domain.ProgressUpdate;
import org.waymark.store.PlanLoader;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * After a write the session brings its plan up to date from the rows the write touched, instead of loading the
 * whole plan again. Seeded random edits, of every kind the app makes (and some that need the whole load), are each
 * followed by a comparison of the session's plan with a plain whole load of the same file: they must be the same,
 * field by field, every time.
 */
class PlanRefreshTest {

    static final int SEEDS = 4;
    static final int EDITS_PER_SEED = 300;

    @TempDir Path dir;

    @Test
    void theRefreshedPlanIsAlwaysTheWholeLoad() {
        int compared = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Path sub = dir.resolve("seed-" + seed);
            sub.toFile().mkdirs();
            try (PlanSession s = TestPlans.demo(sub)) {
                Random random = new Random(seed);
                String approver = TestPlans.allowed(s, Person.Permission.APPROVE);
                String verifier = TestPlans.allowed(s, Person.Permission.VERIFY);
                s.plan();
                for (int i = 0; i < EDITS_PER_SEED; i++) {
                    String what = edit(s, random, approver, verifier);
                    if (random.nextInt(4) == 0) continue; // sometimes several writes land before anyone reads
                    assertEquals(describe(s.read(PlanLoader::load)), describe(s.plan()), "seed " + seed + ", edit " + i + ": " + what);
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 800, "compared " + compared);
    }

    /** One write the app makes, on a random action. Refused edits are part of everyday use too. */
    static String edit(PlanSession s, Random random, String approver, String verifier) {
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

    static Action draft(Action like, Random random) {
        return new Action(0, "R" + random.nextInt(1_000_000), "Seeded action", "", like.requirementId(), like.themeId(), like.executiveLeadId(),
                like.operationalLeadId(), like.committeeId(), like.start(), like.originalDue(), like.currentDue(), ActionStatus.NOT_STARTED, 0, null, null);
    }

    /** Every field the plan holds, in its order, as text: two plans are the same when these are equal. */
    static String describe(Plan p) {
        StringBuilder b = new StringBuilder();
        b.append(p.organisation()).append(p.regimeHistory()).append(p.bragKey()).append(p.coreServices()).append(p.people())
                .append(p.committees()).append(p.themes()).append(p.bafRisks()).append(p.inspections()).append(p.sources())
                .append(p.requirements()).append(p.actions()).append(p.metrics()).append(p.exitCriteria()).append(p.boardMeetings())
                .append(p.snapshots()).append('\n');
        TreeSet<Long> ids = new TreeSet<>();
        p.actions().forEach(a -> ids.add(a.id()));
        for (long id : ids) {
            List<DateRevision> r = p.revisionsOf(id);
            List<EvidenceItem> e = p.evidenceOf(id);
            List<ProgressUpdate> u = p.updatesOf(id);
            b.append(id).append(r).append(p.milestonesOf(id)).append(e).append(u).append(p.bafRisksOf(id)).append('\n');
        }
        return b.toString();
    }
}
