package org.waymark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.BragResult;
import org.waymark.domain.DateRevision;
import org.waymark.domain.Person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A new due date in two steps on a real plan file: asked for by one person, approved or rejected by another allowed
 * to, each step one audited write that `check` replays; and self-approval refused where the plan says so.
 */
class RevisionApprovalTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);
    private static final LocalDate NEW_DUE = LocalDate.of(2027, 3, 31);
    private static final String SAM = "Sam Lee (slee)";
    private static final String ALEX = "Alex Morgan (amorgan)";

    @TempDir Path dir;

    @Test void aRequestWaitsAsAmberAndAnotherPersonsApprovalMovesTheDate() {
        Path file;
        try (PlanSession s = plan()) {
            file = s.file();
            long id = action(s);
            RevisionRequests requests = new RevisionRequests(s);
            assertFalse(requests.approverMustDiffer(), "off by default on a plan file");

            s.actAs(SAM);
            DateRevision asked = requests.request(id, NEW_DUE, "Supplier delayed the kit", "Weekly manual checks");
            assertTrue(asked.pending());
            assertEquals(DUE, s.plan().action(id).orElseThrow().currentDue(), "asking does not move the date");
            BragResult amber = s.plan().brag(s.plan().action(id).orElseThrow(), s.today());
            assertEquals(Brag.AMBER, amber.brag());
            assertTrue(amber.reason().contains("awaits approval"), amber.reason());
            RevisionRequests.Request request = requests.pendingOf(id).get(0);
            assertEquals(SAM, request.askedBy());
            assertEquals(s.today(), request.askedOn());
            assertEquals("Sam Lee is not allowed to approve date revisions. Ask someone who is, or allow it in People.",
                    requests.whyNotApprove(request).orElseThrow());
            long rows = s.auditRows();
            Refused notAllowed = assertThrows(Refused.class, () -> requests.approve(asked, "Fine by me"));
            assertTrue(notAllowed.getMessage().contains("not allowed to approve"), notAllowed.getMessage());
            Refused second = assertThrows(Refused.class, () -> requests.request(id, NEW_DUE.plusDays(1), "Again", "Checks"));
            assertTrue(second.getMessage().contains("31/03/2027) is already awaiting approval"), second.getMessage());
            Refused direct = assertThrows(Refused.class, () -> new ActionService(s).reviseDueDate(id, NEW_DUE, "r", "c", "Alex Morgan", null));
            assertTrue(direct.getMessage().contains("already awaiting approval"), direct.getMessage());
            assertEquals(rows, s.auditRows(), "refusals write nothing");

            s.actAs(ALEX);
            assertTrue(requests.whyNotApprove(request).isEmpty());
            DateRevision approved = requests.approve(asked, "Agreed at the quality committee");
            assertFalse(approved.pending());
            assertEquals("Alex Morgan (amorgan)", approved.approvedBy());
            assertEquals(s.today(), approved.approvedOn());
            Action moved = s.plan().action(id).orElseThrow();
            assertEquals(NEW_DUE, moved.currentDue());
            assertEquals(DUE, moved.originalDue());
            assertNotEquals("At risk: a date revision awaits approval", s.plan().brag(moved, s.today()).reason());
            assertTrue(requests.pendingOf(id).isEmpty());

            List<AuditEntryView> revisionRows = s.history("date_revision", asked.id());
            assertEquals(SAM, revisionRows.get(0).who());
            assertEquals("created", revisionRows.get(0).field());
            List<AuditEntryView> approval = revisionRows.stream().filter(r -> r.field().equals("approvedBy")).toList();
            assertEquals(1, approval.size());
            assertEquals(ALEX, approval.get(0).who());
            assertEquals("Agreed at the quality committee", approval.get(0).why());
            AuditEntryView dueMoved = s.history("action", id).stream().filter(r -> r.field().equals("currentDue")).findFirst().orElseThrow();
            assertEquals(ALEX, dueMoved.who());
            assertEquals("Agreed at the quality committee", dueMoved.why());
            assertEquals("2027-03-31", dueMoved.newValue());

            Refused again = assertThrows(Refused.class, () -> requests.approve(asked, "Twice"));
            assertTrue(again.getMessage().contains("already been approved, rejected or withdrawn"), again.getMessage());
        }
        assertHealthy(file);
    }

    @Test void aRejectionRemovesTheRequestWithTheCommentAndKeepsTheDate() {
        Path file;
        try (PlanSession s = plan()) {
            file = s.file();
            long id = action(s);
            RevisionRequests requests = new RevisionRequests(s);
            s.actAs(SAM);
            DateRevision asked = requests.request(id, NEW_DUE, "Supplier delayed the kit", "Weekly manual checks");
            s.actAs(ALEX);
            assertThrows(Refused.class, () -> requests.reject(asked, "  "), "a rejection needs its comment");
            requests.reject(asked, "Use the second supplier instead");
            assertTrue(s.plan().revisionsOf(id).isEmpty());
            Action kept = s.plan().action(id).orElseThrow();
            assertEquals(DUE, kept.currentDue());
            assertNotEquals(Brag.AMBER, s.plan().brag(kept, s.today()).brag(), "nothing awaits approval any more");
            List<AuditEntryView> rows = s.history("date_revision", asked.id());
            assertEquals(List.of("created", "deleted"), rows.stream().map(AuditEntryView::field).toList());
            assertEquals(SAM, rows.get(0).who());
            assertEquals(ALEX, rows.get(1).who());
            assertEquals("Use the second supplier instead", rows.get(1).why());
            assertTrue(s.history("action", id).stream().noneMatch(r -> r.field().equals("currentDue")), "the due date never moved");
            // the editor's History tab says it in the workflow's words
            List<ActionHistory.Line> lines = new ActionHistory(s).of(id);
            assertTrue(lines.stream().anyMatch(l -> l.what().equals("New due date rejected") && l.why().equals("Use the second supplier instead")
                    && l.who().equals(ALEX)), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.what().equals("New due date asked for") && l.who().equals(SAM)), lines.toString());

            // Undo of the reject puts the request back; undo of an approval puts the date back.
            DateRevision back = requests.reinstate(asked, "Undo: reject new date");
            assertTrue(back.pending());
            DateRevision approved = requests.approve(back, "On reflection, agreed");
            requests.unapprove(approved, "Undo: approve new date");
            assertEquals(DUE, s.plan().action(id).orElseThrow().currentDue());
            assertTrue(s.plan().revisionsOf(id).get(0).pending());

            // An approval is not taken back over a later move of the date: that would undo the move too.
            DateRevision again = requests.approve(back, "Agreed after all");
            new ActionService(s).reviseDueDate(id, NEW_DUE.plusMonths(1), "Kit recalled", "Weekly manual checks", "Robin Shah", null);
            Refused late = assertThrows(Refused.class, () -> requests.unapprove(again, "Undo: approve new date"));
            assertTrue(late.getMessage().contains("cannot be taken back"), late.getMessage());
            assertEquals(NEW_DUE.plusMonths(1), s.plan().action(id).orElseThrow().currentDue());
        }
        assertHealthy(file);
    }

    @Test void theHistoryTellsAWithdrawalByTheAskerFromARejectionWhateverItsCommentSays() {
        try (PlanSession s = plan()) {
            long id = action(s);
            RevisionRequests requests = new RevisionRequests(s);
            s.actAs(SAM);
            DateRevision first = requests.request(id, NEW_DUE, "Supplier delayed the kit", "Weekly manual checks");
            requests.withdraw(first, "Undo: ask for a new date");
            DateRevision second = requests.request(id, NEW_DUE, "Supplier delayed the kit again", "Weekly manual checks");
            s.actAs(ALEX);
            requests.reject(second, "Undo: the kit arrived on time, so no new date is needed");
            List<ActionHistory.Line> removed = new ActionHistory(s).of(id).stream().filter(l -> l.what().contains("withdrawn") || l.what().contains("rejected")).toList();
            assertEquals(List.of("New due date rejected " + ALEX, "Request for a new due date withdrawn " + SAM),
                    removed.stream().map(l -> l.what() + " " + l.who()).toList(), "newest first");
        }
    }

    @Test void aRejectionIsNotPutBackWhileASecondPersonMustApprove() {
        try (PlanSession s = plan()) {
            long id = action(s);
            RevisionRequests requests = new RevisionRequests(s);
            requests.saveApproverMustDiffer(true);
            s.actAs(SAM);
            DateRevision asked = requests.request(id, NEW_DUE, "Supplier delayed the kit", "Weekly manual checks");
            s.actAs(ALEX);
            requests.reject(asked, "Use the second supplier instead");
            long rows = s.auditRows();
            // put back, the request would be Alex's, and Sam, its first asker, could approve it
            Refused refused = assertThrows(Refused.class, () -> requests.reinstate(asked, "Undo: reject new date"));
            assertTrue(refused.getMessage().contains("Ask them to ask for the date again"), refused.getMessage());
            assertEquals(rows, s.auditRows());
            assertTrue(s.plan().revisionsOf(id).isEmpty());
        }
    }

    @Test void selfApprovalIsRefusedWhenTheSettingIsOnAndAllowedWhenOff() {
        Path file;
        try (PlanSession s = plan()) {
            file = s.file();
            long id = action(s);
            RevisionRequests requests = new RevisionRequests(s);
            requests.saveApproverMustDiffer(true);
            assertTrue(requests.approverMustDiffer());
            s.actAs(ALEX);
            DateRevision asked = requests.request(id, NEW_DUE, "Supplier delayed the kit", "Weekly manual checks");
            RevisionRequests.Request request = requests.pendingOf(id).get(0);
            assertTrue(requests.whyNotApprove(request).orElseThrow().startsWith("You asked for this revision, so someone else must approve it"));
            long rows = s.auditRows();
            Refused self = assertThrows(Refused.class, () -> requests.approve(asked, "My own"));
            assertTrue(self.getMessage().startsWith("You asked for this revision, so someone else must approve it"), self.getMessage());
            assertEquals(rows, s.auditRows());
            assertEquals(DUE, s.plan().action(id).orElseThrow().currentDue());
            Refused direct = assertThrows(Refused.class, () -> new ActionService(s).reviseDueDate(id, NEW_DUE, "r", "c", "Robin Shah", null));
            assertTrue(direct.getMessage().contains("needs a second person"), direct.getMessage());

            requests.saveApproverMustDiffer(false);
            assertTrue(requests.whyNotApprove(request).isEmpty());
            requests.approve(asked, "Sole lead: approved myself");
            assertEquals(NEW_DUE, s.plan().action(id).orElseThrow().currentDue());
            assertEquals(ALEX, s.history("date_revision", asked.id()).get(0).who());
        }
        assertHealthy(file);
    }

    /** An empty plan with one action and three people: Sam may not approve; Alex and Robin may. */
    private PlanSession plan() {
        PlanSession s = TestPlans.empty(dir);
        PeopleService people = new PeopleService(s);
        people.addPerson(new Person(0, "Sam Lee", "Fleet Manager", "Operations", "", "slee@example.nhs.uk", false, false, false));
        people.addPerson(new Person(0, "Alex Morgan", "Director of Quality", "Quality", "", "amorgan@example.nhs.uk", true, true, true));
        people.addPerson(new Person(0, "Robin Shah", "Medical Director", "Medical", "", "rshah@example.nhs.uk", false, false, true));
        return s;
    }

    private static long action(PlanSession s) {
        return new ActionService(s).add(new Action(0, "A1", "Fleet checks", "", null, null, null, null, null, null, DUE, null,
                ActionStatus.IN_PROGRESS, 40, null, null));
    }

    private static void assertHealthy(Path file) {
        PlanHealth h = PlanHealth.check(file, TestPlans.CLOCK);
        assertTrue(h.healthy(), () -> String.join("\n", h.problems()));
    }
}
