package org.waymark.ui.overview;

import org.waymark.app.rounds.RoundSummary;
import org.waymark.app.regulation.Regulation;
import org.waymark.domain.Action;
import org.waymark.domain.Attention;
import org.waymark.domain.BragCache;
import org.waymark.domain.BragResult;
import org.waymark.domain.FrameworkTag;
import org.waymark.domain.Inspection;
import org.waymark.domain.Plan;
import org.waymark.domain.Readiness;
import org.waymark.domain.ReadinessSummary;
import org.waymark.domain.Snapshot;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.RegimeStatus;
import org.waymark.domain.regulation.StatementCoverage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the overview shows, computed in one pass off the FX thread: the readiness summary, the overdue and
 * due-soon lists, the requests for a new due date awaiting approval, the last two inspections, where the trust
 * stands in its regime (whose words it uses), and the coverage of its CQC framework.
 */
public record OverviewModel(Plan plan, LocalDate today, ReadinessSummary summary, List<Attention.Item> overdue,
                            List<Attention.Item> dueSoon, List<Attention.Awaiting> awaitingApproval, List<Inspection> lastTwoInspections, Optional<Snapshot> lastBoard,
                            Optional<RoundSummary> round, Optional<RegimeStatus> regime, Framework framework, List<StatementCoverage> coverage,
                            List<FrameworkTag> flagged) {

    public static final int DUE_SOON_DAYS = 30;

    /**
     * The plan's figures with the current update round's return rate, when there is a round.
     * @param coverage the coverage of {@code framework}, the plan's framework (see {@code TagService})
     * @param flagged the plan's tags marked for review after a change of framework (the Tags to review card)
     */
    public static OverviewModel of(Plan plan, LocalDate today, Optional<RoundSummary> round, Framework framework, List<StatementCoverage> coverage,
                            List<FrameworkTag> flagged) {
        return of(plan, today, round, framework, coverage, flagged, new BragCache());
    }

    /** The same, taking each action's BRAG from {@code brags}, which keeps the results a write did not change. */
    public static OverviewModel of(Plan plan, LocalDate today, Optional<RoundSummary> round, Framework framework, List<StatementCoverage> coverage,
                            List<FrameworkTag> flagged, BragCache brags) {
        Function<Action, BragResult> brag = brags.of(plan, today);
        List<Inspection> inspections = plan.inspections().stream()
                .sorted(Comparator.comparing((Inspection i) -> i.visitStart() == null ? LocalDate.MIN : i.visitStart()).reversed())
                .limit(2).toList();
        Attention.Lists lists = Attention.of(plan, today, DUE_SOON_DAYS, brag);
        return new OverviewModel(plan, today, Readiness.of(plan, today, brag), lists.overdue(), lists.dueSoon(),
                Attention.awaitingApproval(plan), inspections, plan.latestSnapshot(), round,
                RegimeStatus.of(plan.regimeHistory(), Regulation.catalogue()), framework, coverage, List.copyOf(flagged));
    }
}
