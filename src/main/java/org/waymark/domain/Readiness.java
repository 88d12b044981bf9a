package org.waymark.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Computes the readiness summary from a plan on a given day. */
public final class Readiness {

    private Readiness() {}

    public static ReadinessSummary of(Plan plan, LocalDate today) {
        return of(plan, today, a -> plan.brag(a, today));
    }

    /** The same with each action's BRAG from {@code brag} (a {@link BragCache}'s, after a write). */
    public static ReadinessSummary of(Plan plan, LocalDate today, Function<Action, BragResult> brag) {
        BragCounts overall = new BragCounts();
        Map<KeyQuestion, BragCounts> byQuestion = new EnumMap<>(KeyQuestion.class);
        Map<Long, BragCounts> byService = new HashMap<>();
        Map<GridCell, BragCounts> grid = new HashMap<>();
        Map<Long, int[]> perRequirement = new HashMap<>();
        int must = 0, mustBlue = 0, overdue = 0;
        List<SnapshotRow> rows = new ArrayList<>(plan.actions().size());

        for (Action a : plan.actions()) {
            Brag b = brag.apply(a).brag();
            rows.add(new SnapshotRow(a.id(), a.ref(), a.title(), a.status(), b, a.currentDue(), a.progress(), plan.revisionsOf(a.id()).size()));
            overall.add(b);
            if (a.overdue(today)) overdue++;
            Requirement r = plan.requirement(a.requirementId()).orElse(null);
            if (r == null) continue;
            if (r.keyQuestion() != null) {
                byQuestion.computeIfAbsent(r.keyQuestion(), k -> new BragCounts()).add(b);
                grid.computeIfAbsent(new GridCell(r.keyQuestion(), r.coreServiceId()), k -> new BragCounts()).add(b);
            }
            byService.computeIfAbsent(r.coreServiceId() == null ? 0L : r.coreServiceId(), k -> new BragCounts()).add(b);
            if (r.priority() == Priority.MUST) {
                must++;
                if (b == Brag.BLUE) mustBlue++;
            }
            int[] tally = perRequirement.computeIfAbsent(r.id(), k -> new int[2]);
            tally[0]++;
            if (b == Brag.BLUE) tally[1]++;
        }

        List<DeadlineCountdown> deadlines = new ArrayList<>();
        for (Requirement r : plan.requirements()) {
            if (r.deadline() == null) continue;
            boolean warning = plan.source(r.sourceId()).map(s -> s.kind() == SourceKind.WARNING_NOTICE_S29A).orElse(false);
            if (!warning) continue;
            int[] tally = perRequirement.getOrDefault(r.id(), new int[2]);
            deadlines.add(new DeadlineCountdown(r, ChronoUnit.DAYS.between(today, r.deadline()), tally[0], tally[1]));
        }
        deadlines.sort(Comparator.comparing((DeadlineCountdown d) -> d.requirement().deadline()).thenComparing(d -> d.requirement().ref()));

        List<CriterionState> criteria = new ArrayList<>();
        for (ExitCriterion c : plan.exitCriteria()) criteria.add(ExitCriteria.assess(c, plan, must, mustBlue, deadlines));

        Movement movement = plan.latestSnapshot().map(s -> Movement.between(s.rows(), rows))
                .orElse(Movement.between(List.of(), List.of()));
        return new ReadinessSummary(overall, byQuestion, byService, grid, must, mustBlue, deadlines, criteria,
                plan.regimeHistory().monthsIn(today), overdue, movement);
    }
}
