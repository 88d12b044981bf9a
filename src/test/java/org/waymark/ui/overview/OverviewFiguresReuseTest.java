package org.waymark.ui.overview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.SeededEdits;
import org.waymark.app.SettingsService;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.Attention;
import org.waymark.domain.BragCache;
import org.waymark.domain.BragCounts;
import org.waymark.domain.BragKey;
import org.waymark.domain.BragResult;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.domain.Readiness;
import org.waymark.domain.ReadinessSummary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overview keeps each action's BRAG from one refresh to the next ({@link BragCache}) and assesses again only
 * what a write touched. After each of ~1,200 seeded random edits (now and then a new day, or a new BRAG key), every
 * action's cached BRAG, the readiness figures and the overdue and due-soon lists must equal those computed afresh.
 */
class OverviewFiguresReuseTest {

    @TempDir Path dir;

    @Test
    void cachedFiguresAreAlwaysTheFiguresComputedAfresh() {
        int compared = 0;
        int reused = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Path sub = dir.resolve("seed-" + seed);
            sub.toFile().mkdirs();
            try (PlanSession s = TestPlans.demo(sub)) {
                Random random = new Random(seed * 17);
                String approver = TestPlans.allowed(s, Person.Permission.APPROVE);
                String verifier = TestPlans.allowed(s, Person.Permission.VERIFY);
                BragCache cache = new BragCache();
                LocalDate day = s.today();
                cache.of(s.plan(), day);
                for (int i = 0; i < 300; i++) {
                    String what = random.nextInt(40) == 0 ? newKey(s, random) : SeededEdits.edit(s, random, approver, verifier);
                    LocalDate today = random.nextInt(20) == 0 ? day.plusDays(random.nextInt(3)) : day;
                    Plan plan = s.plan();
                    Function<Action, BragResult> cached = cache.of(plan, today);
                    String where = "seed " + seed + ", edit " + i + ": " + what;
                    for (Action a : plan.actions()) assertEquals(plan.brag(a, today), cached.apply(a), where + ", action " + a.ref());
                    assertEquals(describe(Readiness.of(plan, today)), describe(Readiness.of(plan, today, cached)), where);
                    Attention.Lists fresh = Attention.of(plan, today, OverviewModel.DUE_SOON_DAYS);
                    Attention.Lists reusing = Attention.of(plan, today, OverviewModel.DUE_SOON_DAYS, cached);
                    assertEquals(fresh.overdue(), reusing.overdue(), where);
                    assertEquals(fresh.dueSoon(), reusing.dueSoon(), where);
                    if (cache.assessed() <= 5) reused++;
                    day = today;
                    compared++;
                }
            }
        }
        assertEquals(1_200, compared);
        assertTrue(reused > 300, "the shortcut is taken: at most five actions assessed again after " + reused + " edits");
    }

    private static String newKey(PlanSession s, Random random) {
        BragKey before = s.plan().bragKey();
        new SettingsService(s).saveBragKey(before, before.withRevisedMayBeGreen(random.nextBoolean()));
        return "BRAG key";
    }

    /** Every figure of the summary; its counts have no equals of their own. */
    private static String describe(ReadinessSummary r) {
        return String.join("\n", counts(r.overall()), by(r.byKeyQuestion()), by(r.byCoreService()), by(r.grid()),
                r.mustDoActions() + "/" + r.mustDoBlue(), r.deadlines().toString(), r.criteria().toString(),
                r.monthsInRegime() + " " + r.overdue(), r.sinceLastBoard().toString());
    }

    private static String counts(BragCounts c) { return new TreeMap<>(c.asMap()).toString(); }

    private static String by(Map<?, BragCounts> m) {
        Map<String, String> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), counts(v)));
        return out.toString();
    }
}
