package org.waymark.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class DomainRulesTest {

    static final LocalDate D = LocalDate.of(2018, 1, 1);

    static DateRevision rev(int slipDays) {
        return new DateRevision(1, 1, D, D.plusDays(slipDays), "r", "c", "a", D);
    }

    @ParameterizedTest(name = "{0} revisions slipping {1} days each: flagged={2}")
    @CsvSource({"0, 0, false", "1, 30, false", "1, 91, true", "2, 10, true", "1, 90, false"})
    void drift(int revisions, int slip, boolean flagged) {
        List<DateRevision> list = java.util.stream.IntStream.range(0, revisions).mapToObj(i -> rev(slip)).toList();
        Drift d = Drift.of(list, BragKey.standard());
        assertEquals(flagged, d.flagged());
        assertEquals((long) revisions * slip, d.totalSlipDays());
    }

    @ParameterizedTest(name = "\"{0}\" parses as {1}")
    @CsvSource({"R, RED", "red, RED", "' Amber ', AMBER", "g, GREEN", "BLUE, BLUE", "Amber/Red, RED", "Green-Amber, AMBER"})
    void bragParsesAsTrustsWriteIt(String text, Brag expected) {
        assertEquals(expected, Brag.parse(text).orElseThrow());
    }

    @Test
    void bragRejectsWordsItDoesNotKnow() {
        assertTrue(Brag.parse("Purple").isEmpty());
        assertTrue(Brag.parse("").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"Well Led, WELL_LED", "well-led, WELL_LED", "SAFE, SAFE", "Responsive, RESPONSIVE"})
    void keyQuestionsParse(String text, KeyQuestion expected) {
        assertEquals(expected, KeyQuestion.parse(text).orElseThrow());
    }

    @Test
    void movementFindsNewlyRedNewlyBlueSlippedReopenedAddedRemoved() {
        List<SnapshotRow> before = List.of(
                row(1, ActionStatus.IN_PROGRESS, Brag.GREEN, D),
                row(2, ActionStatus.COMPLETE, Brag.GREEN, D),
                row(3, ActionStatus.IN_PROGRESS, Brag.AMBER, D),
                row(4, ActionStatus.COMPLETE, Brag.BLUE, D),
                row(5, ActionStatus.IN_PROGRESS, Brag.RED, D),
                row(6, ActionStatus.IN_PROGRESS, Brag.GREEN, D));
        List<SnapshotRow> after = List.of(
                row(1, ActionStatus.IN_PROGRESS, Brag.RED, D),
                row(2, ActionStatus.COMPLETE, Brag.BLUE, D),
                row(3, ActionStatus.IN_PROGRESS, Brag.AMBER, D.plusDays(30)),
                row(4, ActionStatus.IN_PROGRESS, Brag.GREEN, D),
                row(5, ActionStatus.IN_PROGRESS, Brag.RED, D),
                row(7, ActionStatus.NOT_STARTED, Brag.GREEN, D));
        Movement m = Movement.between(before, after);
        assertEquals(List.of("A1"), m.newlyRed().stream().map(Movement.Change::ref).toList());
        assertEquals(List.of("A2"), m.newlyBlue().stream().map(Movement.Change::ref).toList());
        assertEquals(List.of("A3"), m.slipped().stream().map(Movement.Change::ref).toList());
        assertEquals(List.of("A4"), m.reopened().stream().map(Movement.Change::ref).toList());
        assertEquals(List.of("A7"), m.added().stream().map(SnapshotRow::ref).toList());
        assertEquals(List.of("A6"), m.removed().stream().map(SnapshotRow::ref).toList());
        assertFalse(m.isEmpty());
        assertTrue(Movement.between(before, before).isEmpty());
    }

    static SnapshotRow row(long id, ActionStatus s, Brag b, LocalDate due) {
        return new SnapshotRow(id, "A" + id, "t", s, b, due, 0, 0);
    }

    @Test
    void metricTargetFollowsItsDefinitionAcrossAChange() {
        Metric m = new Metric(1, "Response", "%", Direction.HIGHER_IS_BETTER,
                List.of(new MetricDefinition(1, 1, YearMonth.of(2016, 4), "Cat A 8 min", "%", Direction.HIGHER_IS_BETTER, 75, ""),
                        new MetricDefinition(2, 1, YearMonth.of(2017, 11), "Cat 1 mean", "min", Direction.LOWER_IS_BETTER, 7, "")),
                List.of(new MetricPoint(YearMonth.of(2017, 9), 76), new MetricPoint(YearMonth.of(2017, 10), 74),
                        new MetricPoint(YearMonth.of(2017, 11), 6.9), new MetricPoint(YearMonth.of(2017, 12), 6.8)), List.of());
        assertTrue(m.atTarget(m.observations().get(0)));
        assertFalse(m.atTarget(m.observations().get(1)));
        assertEquals(2, m.monthsAtTargetRunning());
        assertEquals("min", m.unitAt(YearMonth.of(2018, 1)));
        assertEquals("%", m.unitAt(YearMonth.of(2017, 1)));
    }

    @Test
    void specialMeasuresEntryRuleNeedsTwoInadequateOneOfThemWellLed() {
        Inspection both = new Inspection(1, "x", D, D, D, List.of(new RatingEntry(KeyQuestion.SAFE, null, Rating.INADEQUATE),
                new RatingEntry(KeyQuestion.WELL_LED, null, Rating.INADEQUATE)));
        Inspection notWellLed = new Inspection(2, "x", D, D, D, List.of(new RatingEntry(KeyQuestion.SAFE, null, Rating.INADEQUATE),
                new RatingEntry(KeyQuestion.EFFECTIVE, null, Rating.INADEQUATE), new RatingEntry(KeyQuestion.WELL_LED, null, Rating.REQUIRES_IMPROVEMENT)));
        assertTrue(both.meetsSpecialMeasuresEntryRule());
        assertFalse(notWellLed.meetsSpecialMeasuresEntryRule());
    }

    @Test
    void actionRefusesImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> new Action(1, "A", "t", "", null, null, null, null, null, D, D.minusDays(1), null, null, 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Action(1, "A", "t", "", null, null, null, null, null, D, D, D, null, 101, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Action(1, " ", "t", "", null, null, null, null, null, D, D, D, null, 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new BragOverride(Brag.RED, " "));
    }

    @Test
    void monthsInRegime() {
        RegimeHistory h = new RegimeHistory(List.of(new RegimeEntry(1, LocalDate.of(2016, 9, 29), RegimeEvent.ENTERED, "special-measures-quality", null, "")));
        assertEquals(25, h.monthsIn(LocalDate.of(2018, 11, 25)));
        assertEquals(0, RegimeHistory.empty().monthsIn(LocalDate.of(2018, 11, 25)));
    }

    @Test
    void snapshotOrderingPicksTheLatest() {
        Snapshot s1 = new Snapshot(1, 1, "a", Instant.parse("2018-01-01T00:00:00Z"), List.of());
        Snapshot s2 = new Snapshot(2, 1, "b", Instant.parse("2018-02-01T00:00:00Z"), List.of());
        Plan p = PlanFixture.plan(List.of(), List.of(), List.of(s2, s1));
        assertEquals("b", p.latestSnapshot().orElseThrow().label());
        assertNotNull(Map.of());
    }
}
