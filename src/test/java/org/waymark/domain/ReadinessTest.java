package org.waymark.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.waymark.domain.PlanFixture.*;

class ReadinessTest {

    static final SignOff SIGNED = new SignOff("Chair", null, TODAY.minusDays(1));

    /** A1 Blue (WN1), A2 Red overdue (WN1), A3 Green (WN2), A4 complete but unassured = Green (SD1), A5 Blue (WN2). */
    static Plan fixture(List<Snapshot> snapshots, List<Metric> metrics, List<ExitCriterion> criteria) {
        return PlanFixture.plan(List.of(
                act(1, 1, ActionStatus.COMPLETE, TODAY.minusDays(30), SIGNED),
                act(2, 1, ActionStatus.IN_PROGRESS, TODAY.minusDays(3), null),
                act(3, 2, ActionStatus.IN_PROGRESS, TODAY.plusDays(100), null),
                act(4, 3, ActionStatus.COMPLETE, TODAY.minusDays(3), null),
                act(5, 2, ActionStatus.COMPLETE, TODAY.minusDays(3), SIGNED)),
                List.of(verified(1), verified(5)), snapshots, metrics, criteria);
    }

    @Test
    void countsOverallByKeyQuestionByServiceAndGrid() {
        ReadinessSummary s = Readiness.of(fixture(List.of(), List.of(), List.of()), TODAY);
        assertEquals(2, s.overall().get(Brag.BLUE));
        assertEquals(1, s.overall().get(Brag.RED));
        assertEquals(2, s.overall().get(Brag.GREEN));
        assertEquals(0, s.overall().get(Brag.AMBER));
        assertEquals(5, s.overall().total());
        assertEquals(2, s.byKeyQuestion().get(KeyQuestion.SAFE).total());
        assertEquals(1, s.byKeyQuestion().get(KeyQuestion.SAFE).get(Brag.RED));
        assertEquals(2, s.byKeyQuestion().get(KeyQuestion.WELL_LED).get(Brag.BLUE) + s.byKeyQuestion().get(KeyQuestion.WELL_LED).get(Brag.RED) + 1);
        assertEquals(2, s.byCoreService().get(1L).total());
        assertEquals(2, s.byCoreService().get(0L).total(), "provider-level actions count under 0");
        assertEquals(1, s.grid().get(new GridCell(KeyQuestion.EFFECTIVE, 2L)).get(Brag.GREEN));
        assertEquals(1, s.overdue());
    }

    @Test
    void mustDoBluePercentCountsOnlyMustDos() {
        ReadinessSummary s = Readiness.of(fixture(List.of(), List.of(), List.of()), TODAY);
        assertEquals(4, s.mustDoActions());
        assertEquals(2, s.mustDoBlue());
        assertEquals(50.0, s.mustDoBluePercent(), 1e-9);
    }

    @Test
    void warningNoticeDeadlinesCountDown() {
        ReadinessSummary s = Readiness.of(fixture(List.of(), List.of(), List.of()), TODAY);
        assertEquals(List.of("WN2", "WN1"), s.deadlines().stream().map(d -> d.requirement().ref()).toList());
        assertEquals(-5, s.deadlines().get(0).daysLeft());
        assertEquals(10, s.deadlines().get(1).daysLeft());
        assertFalse(s.deadlines().get(0).met(), "WN2 has a Green action");
        assertEquals(20, s.monthsInRegime());
    }

    @Test
    void derivedAndManualExitCriteria() {
        Metric m = new Metric(9, "Cat 1", "min", Direction.LOWER_IS_BETTER,
                List.of(new MetricDefinition(1, 9, YearMonth.of(2018, 1), "Cat 1 mean", "min", null, 7, "")),
                List.of(new MetricPoint(YearMonth.of(2018, 8), 7.5), new MetricPoint(YearMonth.of(2018, 9), 6.9), new MetricPoint(YearMonth.of(2018, 10), 6.8)), List.of());
        List<ExitCriterion> criteria = List.of(
                new ExitCriterion(1, "All must Blue", CriterionKind.ALL_MUST_DO_BLUE, null, 0, null, "", null, null),
                new ExitCriterion(2, "Cat 1 at target 2 months", CriterionKind.METRIC_AT_TARGET, 9L, 2, null, "", null, null),
                new ExitCriterion(3, "Cat 1 at target 3 months", CriterionKind.METRIC_AT_TARGET, 9L, 3, null, "", null, null),
                new ExitCriterion(4, "Well-led review", CriterionKind.MANUAL, null, 0, true, "Report", "Secretary", TODAY),
                new ExitCriterion(5, "Not assessed", CriterionKind.MANUAL, null, 0, null, "", null, null),
                new ExitCriterion(6, "Warning notice met", CriterionKind.WARNING_NOTICE_MET, null, 0, null, "", null, null));
        ReadinessSummary s = Readiness.of(fixture(List.of(), List.of(m), criteria), TODAY);
        assertEquals(List.of(false, true, false, true, false, false), s.criteria().stream().map(CriterionState::met).toList());
        assertEquals("2 of 4 must-do actions are Blue", s.criteria().get(0).why());
        assertEquals("Cat 1 at target 2 of 3 months running", s.criteria().get(2).why());
        assertEquals(2, s.criteriaMet());
    }

    @Test
    void movementSinceTheLatestSnapshot() {
        Snapshot last = new Snapshot(1, 1, "Board", Instant.parse("2018-10-25T09:00:00Z"), List.of(
                new SnapshotRow(1, "A1", "", ActionStatus.IN_PROGRESS, Brag.GREEN, TODAY.minusDays(30), 80, 0),
                new SnapshotRow(2, "A2", "", ActionStatus.IN_PROGRESS, Brag.AMBER, TODAY.minusDays(3), 40, 0),
                new SnapshotRow(3, "A3", "", ActionStatus.IN_PROGRESS, Brag.GREEN, TODAY.plusDays(50), 40, 0)));
        ReadinessSummary s = Readiness.of(fixture(List.of(last), List.of(), List.of()), TODAY);
        assertEquals(List.of("A2"), s.sinceLastBoard().newlyRed().stream().map(Movement.Change::ref).toList());
        assertEquals(List.of("A1"), s.sinceLastBoard().newlyBlue().stream().map(Movement.Change::ref).toList());
        assertEquals(List.of("A3"), s.sinceLastBoard().slipped().stream().map(Movement.Change::ref).toList());
        assertEquals(2, s.sinceLastBoard().added().size());
    }
}
