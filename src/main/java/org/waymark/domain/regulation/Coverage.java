package org.waymark.domain.regulation;

import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.BragCounts;
import org.waymark.domain.Plan;
import org.waymark.domain.Requirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quality-statement coverage: for each item of a framework, the findings and actions tagged with it. An action
 * counts under the statements it is tagged with and those of the finding it answers, because trusts tag one or
 * the other and a board asks about both.
 */
public final class Coverage {

    private Coverage() {}

    /**
     * @param requirementTags item codes per requirement id
     * @param actionTags      item codes per action id
     */
    public static List<StatementCoverage> of(Framework framework, Plan plan, Map<Long, Set<String>> requirementTags,
                                             Map<Long, Set<String>> actionTags, LocalDate today) {
        // One pass over the plan, grouping by item code, rather than one pass per item: the overview reads this after
        // every write, and a framework has some 35 items. Each group keeps the plan's order (CoverageReferenceTest
        // compares it with the pass-per-item reading over thousands of random taggings).
        Map<String, List<Requirement>> findingsByCode = new HashMap<>();
        for (Requirement r : plan.requirements()) {
            for (String code : requirementTags.getOrDefault(r.id(), Set.of())) findingsByCode.computeIfAbsent(code, k -> new ArrayList<>()).add(r);
        }
        Map<String, List<Action>> actionsByCode = new HashMap<>();
        Map<Long, List<Action>> answering = new HashMap<>();
        for (Action a : plan.actions()) {
            for (String code : codesOf(a, requirementTags, actionTags)) actionsByCode.computeIfAbsent(code, k -> new ArrayList<>()).add(a);
            if (a.requirementId() != null) answering.computeIfAbsent(a.requirementId(), k -> new ArrayList<>()).add(a);
        }
        List<StatementCoverage> rows = new ArrayList<>();
        for (FrameworkItem item : framework.items()) {
            List<Requirement> findings = findingsByCode.getOrDefault(item.code(), List.of());
            List<Action> actions = actionsByCode.getOrDefault(item.code(), List.of());
            BragCounts brag = new BragCounts();
            actions.forEach(a -> brag.add(plan.brag(a, today).brag()));
            List<String> uncovered = findings.stream()
                    .filter(r -> answering.getOrDefault(r.id(), List.of()).stream().noneMatch(a -> openOrBlue(plan, a, today)))
                    .map(Requirement::ref).toList();
            List<String> unevidenced = actions.stream().filter(a -> plan.evidenceOf(a.id()).isEmpty()).map(Action::ref).toList();
            rows.add(new StatementCoverage(item, findings.size(), actions.size(), brag, uncovered, unevidenced));
        }
        return rows;
    }

    private static Set<String> codesOf(Action a, Map<Long, Set<String>> requirementTags, Map<Long, Set<String>> actionTags) {
        Set<String> codes = new LinkedHashSet<>(actionTags.getOrDefault(a.id(), Set.of()));
        if (a.requirementId() != null) codes.addAll(requirementTags.getOrDefault(a.requirementId(), Set.of()));
        return codes;
    }

    /** Work still going on, or done and assured; a Complete action that is not Blue covers nothing yet. */
    private static boolean openOrBlue(Plan plan, Action a, LocalDate today) {
        return a.status() != ActionStatus.COMPLETE || plan.brag(a, today).brag() == Brag.BLUE;
    }
}
