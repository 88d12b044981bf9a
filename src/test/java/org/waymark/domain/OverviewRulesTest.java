package org.waymark.domain;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.waymark.domain.PlanFixture.*;

/** The rules behind the overview, timeline, metrics and snapshot views, on small plans with known answers. */
class OverviewRulesTest {

    static final SignOff SIGNED = new SignOff("Chair", null, TODAY.minusDays(1));

    /** A1 Blue (WN1 SAFE/EOC), A2 Red overdue 3 days (WN1), A3 Green due in 100 (WN2 WELL_LED/trust-wide),
     *  A4 complete unassured (SD1 EFFECTIVE/EUC), A5 due in 12 days (WN2), A6 overdue 40 days (SD1). */
    static Plan plan() {
        return PlanFixture.plan(List.of(
                act(1, 1, ActionStatus.COMPLETE, TODAY.minusDays(30), SIGNED),
                act(2, 1, ActionStatus.IN_PROGRESS, TODAY.minusDays(3), null),
                act(3, 2, ActionStatus.IN_PROGRESS, TODAY.plusDays(100), null),
                act(4, 3, ActionStatus.COMPLETE, TODAY.minusDays(3), null),
                act(5, 2, ActionStatus.IN_PROGRESS, TODAY.plusDays(12), null),
                act(6, 3, ActionStatus.NOT_STARTED, TODAY.minusDays(40), null)),
                List.of(verified(1)), List.of());
    }

    @Test
    void worstBragInACellIsRedBeforeAmberBeforeGreenBeforeBlue() {
        BragCounts c = new BragCounts();
        assertNull(c.worst());
        c.add(Brag.BLUE);
        assertEquals(Brag.BLUE, c.worst());
        c.add(Brag.GREEN);
        assertEquals(Brag.GREEN, c.worst());
        c.add(Brag.RED);
        c.add(Brag.AMBER);
        assertEquals(Brag.RED, c.worst());
    }

    @Test
    void aGridCellHoldsExactlyTheActionsOfItsKeyQuestionAndService() {
        Plan p = plan();
        assertEquals(List.of("A1", "A2"), refs(new GridCell(KeyQuestion.SAFE, 1L).actionsIn(p)));
        assertEquals(List.of("A3", "A5"), refs(new GridCell(KeyQuestion.WELL_LED, null).actionsIn(p)), "trust-wide cell");
        assertEquals(List.of(), refs(new GridCell(KeyQuestion.WELL_LED, 1L).actionsIn(p)), "a service does not include trust-wide");
        assertEquals(List.of("A4", "A6"), refs(new GridCell(KeyQuestion.EFFECTIVE, 2L).actionsIn(p)));
        ReadinessSummary s = Readiness.of(p, TODAY);
        for (GridCell cell : s.grid().keySet()) assertEquals(s.grid().get(cell).total(), cell.actionsIn(p).size(), cell.toString());
    }

    @Test
    void overdueListsMostOverdueFirstAndDueSoonSoonestFirst() {
        List<Attention.Item> overdue = Attention.overdue(plan(), TODAY);
        assertEquals(List.of("A6", "A2"), overdue.stream().map(i -> i.action().ref()).toList());
        assertEquals(List.of(40L, 3L), overdue.stream().map(Attention.Item::days).toList());
        assertEquals(Brag.RED, overdue.get(0).brag().brag());
        List<Attention.Item> soon = Attention.dueWithin(plan(), TODAY, 30);
        assertEquals(List.of("A5"), soon.stream().map(i -> i.action().ref()).toList(), "complete A4 and far-off A3 are left out");
        assertEquals(12, soon.get(0).days());
        assertEquals(List.of("A5"), Attention.dueWithin(plan(), TODAY, 12).stream().map(i -> i.action().ref()).toList(), "the last day counts");
        assertEquals(List.of(), Attention.dueWithin(plan(), TODAY, 11));
        Attention.Lists both = Attention.of(plan(), TODAY, 30);
        assertEquals(overdue, both.overdue(), "one pass gives the same lists");
        assertEquals(soon, both.dueSoon());
    }

    @Test
    void inadequateQuestionsAtProviderLevelDriveTheEntryRule() {
        Inspection i = new Inspection(1, "2016", TODAY, TODAY, TODAY, List.of(
                new RatingEntry(KeyQuestion.SAFE, null, Rating.INADEQUATE),
                new RatingEntry(KeyQuestion.WELL_LED, null, Rating.INADEQUATE),
                new RatingEntry(KeyQuestion.CARING, 1L, Rating.INADEQUATE),
                new RatingEntry(KeyQuestion.EFFECTIVE, null, Rating.REQUIRES_IMPROVEMENT)));
        assertEquals(List.of(KeyQuestion.SAFE, KeyQuestion.WELL_LED), i.inadequateQuestions());
        assertTrue(i.meetsSpecialMeasuresEntryRule());
        Inspection notWellLed = new Inspection(2, "x", TODAY, TODAY, TODAY, List.of(
                new RatingEntry(KeyQuestion.SAFE, null, Rating.INADEQUATE), new RatingEntry(KeyQuestion.CARING, null, Rating.INADEQUATE)));
        assertFalse(notWellLed.meetsSpecialMeasuresEntryRule());
    }

    @Test
    void comparisonListsEveryMovedActionWithWhatChanged() {
        List<SnapshotRow> before = List.of(
                row(1, ActionStatus.IN_PROGRESS, Brag.GREEN, 10, 50),
                row(2, ActionStatus.COMPLETE, Brag.BLUE, 10, 100),
                row(3, ActionStatus.IN_PROGRESS, Brag.GREEN, 10, 50),
                row(4, ActionStatus.IN_PROGRESS, Brag.AMBER, 10, 50));
        List<SnapshotRow> after = List.of(
                row(1, ActionStatus.IN_PROGRESS, Brag.RED, 40, 50),
                row(2, ActionStatus.IN_PROGRESS, Brag.AMBER, 10, 100),
                row(3, ActionStatus.IN_PROGRESS, Brag.GREEN, 10, 50),
                row(5, ActionStatus.NOT_STARTED, Brag.GREEN, 90, 0));
        List<SnapshotComparison.Change> changes = SnapshotComparison.between(before, after);
        assertEquals(List.of("A1", "A2", "A4", "A5"), changes.stream().map(SnapshotComparison.Change::ref).toList(), "A3 did not move");
        assertEquals(Set.of(SnapshotComparison.Kind.BRAG, SnapshotComparison.Kind.NEWLY_RED, SnapshotComparison.Kind.SLIPPED), changes.get(0).kinds());
        assertEquals(30, changes.get(0).dueShiftDays());
        assertEquals(Set.of(SnapshotComparison.Kind.BRAG, SnapshotComparison.Kind.STATUS, SnapshotComparison.Kind.REOPENED), changes.get(1).kinds());
        assertEquals(Set.of(SnapshotComparison.Kind.REMOVED), changes.get(2).kinds());
        assertEquals(Set.of(SnapshotComparison.Kind.ADDED), changes.get(3).kinds());
        Movement m = Movement.between(before, after);
        assertEquals(List.of("A1"), m.newlyRed().stream().map(Movement.Change::ref).toList());
        assertEquals(List.of("A2"), m.reopened().stream().map(Movement.Change::ref).toList());
    }

    @Test
    void aDefinitionChangeSplitsTheMetricIntoErasWithTheirOwnTargets() {
        YearMonth change = YearMonth.of(2017, 11);
        Metric m = new Metric(1, "Response", "%", Direction.HIGHER_IS_BETTER,
                List.of(new MetricDefinition(1, 1, YearMonth.of(2016, 4), "Cat A 8 min", "%", Direction.HIGHER_IS_BETTER, 75, ""),
                        new MetricDefinition(2, 1, change, "ARP Cat 1 mean", "min", Direction.LOWER_IS_BETTER, 7, "")),
                List.of(new MetricPoint(YearMonth.of(2016, 3), 72), new MetricPoint(YearMonth.of(2017, 10), 67),
                        new MetricPoint(change, 8.9), new MetricPoint(change.plusMonths(1), 6.8)),
                List.of(new MetricPoint(change, 8.8)));
        List<MetricEra> eras = MetricEra.of(m);
        assertEquals(2, eras.size());
        assertEquals(YearMonth.of(2016, 3), eras.get(0).from(), "an earlier observation widens the first era");
        assertEquals(YearMonth.of(2017, 10), eras.get(0).until());
        assertEquals(List.of(72.0, 67.0), eras.get(0).observations().stream().map(MetricPoint::value).toList());
        assertEquals(75, eras.get(0).target());
        assertEquals(change, eras.get(1).from());
        assertNull(eras.get(1).until());
        assertEquals(List.of(8.9, 6.8), eras.get(1).observations().stream().map(MetricPoint::value).toList());
        assertEquals(1, eras.get(1).trajectory().size());
        assertEquals(7, eras.get(1).target());
        assertEquals(Direction.LOWER_IS_BETTER, eras.get(1).direction(m));
        assertEquals(1, m.monthsAtTargetRunning(), "6.8 min meets the ARP target; 8.9 does not");

        List<ExitCriterion> criteria = List.of(
                new ExitCriterion(1, "Cat 1 at target 1 month", CriterionKind.METRIC_AT_TARGET, 1L, 1, null, "", null, null),
                new ExitCriterion(2, "Cat 1 at target 2 months", CriterionKind.METRIC_AT_TARGET, 1L, 2, null, "", null, null),
                new ExitCriterion(3, "Unlinked", CriterionKind.METRIC_AT_TARGET, null, 2, null, "", null, null));
        ReadinessSummary s = Readiness.of(PlanFixture.plan(List.of(), List.of(), List.of(), List.of(m), criteria), TODAY);
        assertEquals(List.of(true, false, false), s.criteria().stream().map(CriterionState::met).toList());
        assertEquals("Response at target 1 of 2 months running", s.criteria().get(1).why(),
                "the month before, 8.9 min, is off the ARP target, so the run is one month");
        assertEquals("No metric is linked to this criterion", s.criteria().get(2).why());
    }

    private static SnapshotRow row(long id, ActionStatus status, Brag brag, int dueInDays, int progress) {
        return new SnapshotRow(id, "A" + id, "Action " + id, status, brag, TODAY.plusDays(dueInDays), progress, 0);
    }

    private static List<String> refs(List<Action> actions) { return actions.stream().map(Action::ref).toList(); }
}
