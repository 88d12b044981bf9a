package org.waymark.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.app.regulation.Regulation;
import org.waymark.domain.regulation.Coverage;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.FrameworkItem;
import org.waymark.domain.regulation.StatementCoverage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Coverage#of} groups the plan by item code in one pass. Over 2,000 seeded random taggings of a demo plan
 * (findings and actions tagged with none, one or several codes, some of them not in the framework, across days
 * that move BRAG), it must give exactly what the plain reading gives: every item, one pass over the plan each.
 */
class CoverageReferenceTest {

    @TempDir Path dir;

    @Test void groupingInOnePassMatchesAPassPerItem() {
        Framework framework = Regulation.catalogue().frameworks().get(0);
        List<String> codes = new ArrayList<>(framework.items().stream().map(FrameworkItem::code).toList());
        codes.add("NOT-AN-ITEM");
        try (PlanSession s = DemoPlanGenerator.write(dir.resolve("plan.waymark"), 300, 11, false, "tester", TestPlans.CLOCK)) {
            Plan whole = s.plan();
            Random random = new Random(20261202);
            int gaps = 0;
            for (int run = 0; run < 2_000; run++) {
                // some runs drop most actions, so that findings without an open or Blue action turn up too
                Plan plan = random.nextInt(3) > 0 ? whole : without(whole, random);
                Map<Long, Set<String>> findings = tagging(random, plan.requirements().stream().map(Requirement::id).toList(), codes);
                Map<Long, Set<String>> actions = tagging(random, plan.actions().stream().map(Action::id).toList(), codes);
                LocalDate day = s.today().plusDays(random.nextInt(400) - 200);
                List<StatementCoverage> fast = Coverage.of(framework, plan, findings, actions, day);
                List<StatementCoverage> plain = reference(framework, plan, findings, actions, day);
                assertEquals(describe(plain), describe(fast), "run " + run);
                if (plain.stream().anyMatch(c -> !c.findingsWithoutAction().isEmpty())) gaps++;
            }
            assertTrue(gaps > 100, "runs with a finding left without an action: " + gaps);
        }
    }

    /** The plan with a random 60–100 % of its actions taken out. */
    private static Plan without(Plan plan, Random random) {
        double keep = random.nextDouble() * 0.4;
        Set<Long> gone = new java.util.HashSet<>();
        for (Action a : plan.actions()) if (random.nextDouble() >= keep) gone.add(a.id());
        return plan.withActions(new Plan.ActionRows(gone, List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    /** Each id tagged with probability {@code p} (drawn per run), with one to three codes. */
    private static Map<Long, Set<String>> tagging(Random random, List<Long> ids, List<String> codes) {
        double p = random.nextDouble();
        Map<Long, Set<String>> tags = new HashMap<>();
        for (long id : ids) {
            if (random.nextDouble() >= p) continue;
            Set<String> chosen = new LinkedHashSet<>();
            for (int i = random.nextInt(3); i >= 0; i--) chosen.add(codes.get(random.nextInt(codes.size())));
            tags.put(id, chosen);
        }
        return tags;
    }

    private static List<String> describe(List<StatementCoverage> rows) {
        return rows.stream().map(c -> c.item().code() + " findings " + c.findings() + " actions " + c.actions() + " " + c.brag().asMap()
                + " without action " + c.findingsWithoutAction() + " without evidence " + c.actionsWithoutEvidence()).toList();
    }

    /** The plain reading: for each item, one pass over the findings and one over the actions. */
    private static List<StatementCoverage> reference(Framework framework, Plan plan, Map<Long, Set<String>> requirementTags,
                                                     Map<Long, Set<String>> actionTags, LocalDate today) {
        List<StatementCoverage> rows = new ArrayList<>();
        for (FrameworkItem item : framework.items()) {
            String code = item.code();
            List<Requirement> findings = plan.requirements().stream().filter(r -> requirementTags.getOrDefault(r.id(), Set.of()).contains(code)).toList();
            List<Action> actions = plan.actions().stream().filter(a -> actionTags.getOrDefault(a.id(), Set.of()).contains(code)
                    || a.requirementId() != null && requirementTags.getOrDefault(a.requirementId(), Set.of()).contains(code)).toList();
            BragCounts brag = new BragCounts();
            actions.forEach(a -> brag.add(plan.brag(a, today).brag()));
            List<String> uncovered = findings.stream().filter(r -> plan.actions().stream().noneMatch(a -> a.requirementId() != null
                    && a.requirementId() == r.id() && (a.status() != ActionStatus.COMPLETE || plan.brag(a, today).brag() == Brag.BLUE)))
                    .map(Requirement::ref).toList();
            List<String> unevidenced = actions.stream().filter(a -> plan.evidenceOf(a.id()).isEmpty()).map(Action::ref).toList();
            rows.add(new StatementCoverage(item, findings.size(), actions.size(), brag, uncovered, unevidenced));
        }
        return rows;
    }
}
