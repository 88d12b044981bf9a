package org.waymark.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default BRAG key never hides slippage: revised dates, pending requests and late deliveries stay visible. */
class SlippageRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final BragRules STANDARD = new BragRules(BragKey.standard());

    private static Action action(LocalDate original, LocalDate current, ActionStatus status, SignOff signOff) {
        return new Action(7, "A7", "Fleet checks", "", null, null, null, null, null, null, original, current, status,
                status == ActionStatus.COMPLETE ? 100 : 50, null, signOff);
    }

    private static DateRevision approved(LocalDate from, LocalDate to) {
        return new DateRevision(1, 7, from, to, "Supplier", "Weekly checks", "Director", TODAY.minusDays(5));
    }

    @Test
    void aRevisedActionOnTrackForItsNewDateIsAmberWithItsRevisionsAndSlip() {
        Action a = action(TODAY.minusDays(10), TODAY.plusDays(80), ActionStatus.IN_PROGRESS, null);
        BragResult r = STANDARD.assess(a, List.of(), List.of(approved(TODAY.minusDays(10), TODAY.plusDays(80))), TODAY);
        assertEquals(Brag.AMBER, r.brag());
        assertTrue(r.reason().startsWith("Revised \u2014 on track for the new date 13/02/2027"), r.reason());
        assertTrue(r.reason().contains("1 revision, +90 days in all"), r.reason());
        BragResult allowed = new BragRules(BragKey.standard().withRevisedMayBeGreen(true))
                .assess(a, List.of(), List.of(approved(TODAY.minusDays(10), TODAY.plusDays(80))), TODAY);
        assertEquals(Brag.GREEN, allowed.brag(), "a trust may choose to show it Green; the default does not");
    }

    @Test
    void deliveredLateIsNeverPlainGreenButAssuredIsStillBlue() {
        EvidenceItem verified = new EvidenceItem(1, 7, "Document", "audit.pdf", "", TODAY, "Quality lead", TODAY, null);
        Action late = action(TODAY.minusDays(40), TODAY.minusDays(5), ActionStatus.COMPLETE, null);
        BragResult r = STANDARD.assess(late, List.of(verified), List.of(approved(TODAY.minusDays(40), TODAY.minusDays(5))), TODAY);
        assertEquals(Brag.AMBER, r.brag());
        assertTrue(r.reason().contains("later than its original due date (16/10/2026"), r.reason());
        Action assured = late.withSignOff(new SignOff("Director of Nursing", null, TODAY));
        assertEquals(Brag.BLUE, STANDARD.assess(assured, List.of(verified), List.of(), TODAY).brag());
    }

    @Test
    void aPendingRevisionIsRequestedNotSlip() {
        Action a = action(TODAY.plusDays(20), TODAY.plusDays(20), ActionStatus.IN_PROGRESS, null);
        DateRevision pending = new DateRevision(2, 7, TODAY.plusDays(20), TODAY.plusDays(110), "Asked", "Checks", null, null);
        BragResult r = STANDARD.assess(a, List.of(), List.of(pending), TODAY);
        assertEquals(Brag.AMBER, r.brag());
        assertTrue(r.reason().contains("(requested +90 days)"), r.reason());
        Drift d = Drift.of(List.of(pending), BragKey.standard());
        assertEquals(0, d.revisions());
        assertEquals(0, d.totalSlipDays());
        assertFalse(d.flagged());
    }

    @Test
    void bringingADateForwardReadsAsBroughtForwardNeverAsNegativeSlip() {
        DateRevision earlier = approved(TODAY.plusDays(30), TODAY.plusDays(15));
        assertEquals("brought forward 15 days", earlier.shiftText());
        assertEquals("+1 day", approved(TODAY, TODAY.plusDays(1)).shiftText());
        assertEquals("1 revision, brought forward 15 days in all", Drift.of(List.of(earlier), BragKey.standard()).text());
    }

    @Test
    void anOverdueActionRevisedSinceTheBoardIsSlippedNotImprovedAndStaysAnException() {
        Action overdue = action(TODAY.minusDays(30), TODAY.minusDays(10), ActionStatus.IN_PROGRESS, null);
        SnapshotRow atBoard = new SnapshotRow(7, "A7", "Fleet checks", ActionStatus.IN_PROGRESS, Brag.RED, TODAY.minusDays(10), 50, 1);
        Action revised = overdue.withCurrentDue(TODAY.plusDays(60));
        Brag now = STANDARD.assess(revised, List.of(), List.of(approved(TODAY.minusDays(30), TODAY.minusDays(10)),
                approved(TODAY.minusDays(10), TODAY.plusDays(60))), TODAY).brag();
        assertEquals(Brag.AMBER, now);
        SnapshotRow after = new SnapshotRow(7, "A7", "Fleet checks", ActionStatus.IN_PROGRESS, now, revised.currentDue(), 50, 2);
        var change = SnapshotComparison.between(List.of(atBoard), List.of(after)).get(0);
        assertTrue(change.kinds().contains(SnapshotComparison.Kind.SLIPPED));
        assertFalse(change.kinds().contains(SnapshotComparison.Kind.BRAG), "Red to Amber by moving the date is not shown as a BRAG improvement");
        assertEquals(1, Movement.between(List.of(atBoard), List.of(after)).slipped().size());
        assertTrue(ExceptionSelection.revisedSince(revised, 2, atBoard));
        assertFalse(ExceptionSelection.revisedSince(overdue, 1, atBoard), "nothing changed since the board");
        assertTrue(ExceptionSelection.revisedSince(revised, 1, null), "with no earlier board every revision is new to it");
    }

    @Test
    void theExceptionReportKeepsEveryActionRevisedSinceTheLastBoard() {
        Action onTrackAfterRevision = action(TODAY.minusDays(30), TODAY.plusDays(60), ActionStatus.IN_PROGRESS, null);
        Plan plan = new Plan(Organisation.named("Trust"), PlanFixture.inSpecialMeasuresSince(TODAY.minusMonths(20)),
                BragKey.standard().withRevisedMayBeGreen(true), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(onTrackAfterRevision), List.of(approved(TODAY.minusDays(30), TODAY.plusDays(60))), List.of(), List.of(),
                List.of(), java.util.Map.of(), List.of(), List.of(), List.of(), List.of());
        SnapshotRow atBoard = new SnapshotRow(7, "A7", "Fleet checks", ActionStatus.IN_PROGRESS, Brag.RED, TODAY.minusDays(30), 50, 0);
        Snapshot board = new Snapshot(1, 1, "Trust Board", java.time.Instant.parse("2026-11-01T10:00:00Z"), List.of(atBoard));
        assertEquals(Brag.GREEN, plan.brag(onTrackAfterRevision, TODAY).brag(), "Green under a key that allows it");
        assertEquals(List.of(onTrackAfterRevision), ExceptionSelection.of(plan, TODAY, Optional.of(board)), "but still in front of the board");
    }
}
