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
                    String what = SeededEdits.edit(s, random, approver, verifier);
                    if (random.nextInt(4) == 0) continue; // sometimes several writes land before anyone reads
                    assertEquals(describe(s.read(PlanLoader::load)), describe(s.plan()), "seed " + seed + ", edit " + i + ": " + what);
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 800, "compared " + compared);
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
