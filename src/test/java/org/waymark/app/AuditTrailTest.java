package org.waymark.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Every use case writes exactly the audit rows expected, in the same transaction as its change. */
class AuditTrailTest {

    @TempDir Path dir;
    PlanSession session;
    ActionService actions;
    long actionId;
    long before;

    @BeforeEach
    void setUp() {
        session = TestPlans.empty(dir);
        long source = new SourceService(session).addSource(new RegulatorySource(0, SourceKind.WARNING_NOTICE_S29A, "WN-1", "Warning notice", LocalDate.of(2026, 7, 1), "Reg 12")).id();
        long req = new SourceService(session).addRequirement(new Requirement(0, source, "WN1", Priority.MUST, "Staff the EOC", 18, KeyQuestion.SAFE, null, LocalDate.of(2026, 12, 10))).id();
        actions = new ActionService(session);
        actionId = actions.add(new Action(0, "A1", "Recruit call handlers", "", req, null, null, null, null,
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 1), null, ActionStatus.NOT_STARTED, 0, null, null));
        before = session.auditRows();
    }

    /** A person allowed to do it, added before the rows a test counts. */
    String allowedBefore(org.waymark.domain.Person.Permission permission) {
        String name = TestPlans.allowed(session, permission);
        before = session.auditRows();
        return name;
    }

    List<String> newRows() {
        return session.history(null, null).stream().skip(before)
                .map(r -> r.entity() + "." + r.field() + ":" + r.oldValue() + "->" + r.newValue()).toList();
    }

    @Test
    void creatingAPlanAndItsContentIsAudited() {
        List<AuditEntryView> all = session.history(null, null);
        assertEquals(List.of("organisation.created", "setting.brag_key", "source.created", "requirement.created", "action.created"),
                all.stream().map(r -> r.entity() + "." + r.field()).toList());
        assertTrue(all.stream().allMatch(r -> r.who().equals("tester") && r.at().startsWith("2026-11-25T10:00")));
    }

    @Test
    void postingAnUpdateWithProgressWritesTheUpdateAndTheProgressAndStatus() {
        actions.postUpdate(actionId, "Interviews held", 40);
        List<String> rows = newRows();
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("progress_update.created:null->"));
        assertEquals("action.status:NOT_STARTED->IN_PROGRESS", rows.get(1));
        assertEquals("action.progress:0->40", rows.get(2));
    }

    @Test
    void changingStatusWritesOneRowPerChangedField() {
        actions.changeStatus(actionId, ActionStatus.ON_HOLD, "Paused for winter");
        assertEquals(List.of("action.status:NOT_STARTED->ON_HOLD"), newRows());
        assertEquals("Paused for winter", session.history("action", actionId).get(session.history("action", actionId).size() - 1).why());
    }

    @Test
    void revisingADueDateWritesTheRevisionAndTheNewDate() {
        String approver = allowedBefore(org.waymark.domain.Person.Permission.APPROVE);
        actions.reviseDueDate(actionId, LocalDate.of(2027, 2, 1), "Supplier late", "Weekly manual checks", approver, null);
        List<String> rows = newRows();
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).startsWith("date_revision.created:null->"));
        assertEquals("action.currentDue:2026-12-01->2027-02-01", rows.get(1));
    }

    @Test
    void aRevisionWithoutReasonControlOrApproverIsRefusedAndWritesNothing() {
        assertEquals("reason", assertThrows(Refused.class, () -> actions.reviseDueDate(actionId, LocalDate.of(2027, 2, 1), " ", "c", "a", null)).field());
        assertEquals("interimControl", assertThrows(Refused.class, () -> actions.reviseDueDate(actionId, LocalDate.of(2027, 2, 1), "r", "", "a", null)).field());
        assertEquals("approvedBy", assertThrows(Refused.class, () -> actions.reviseDueDate(actionId, LocalDate.of(2027, 2, 1), "r", "c", null, null)).field());
        assertEquals(List.of(), newRows());
        assertEquals(LocalDate.of(2026, 12, 1), session.plan().action(actionId).orElseThrow().currentDue());
    }

    @Test
    void evidenceVerificationSignOffAndBlue() {
        String person = allowedBefore(org.waymark.domain.Person.Permission.VERIFY);
        long ev = actions.addEvidence(actionId, "Document", "S:/Evidence/rota.pdf", "Rota").id();
        EvidenceItem item = session.plan().evidenceOf(actionId).get(0);
        actions.verifyEvidence(item, person, null);
        actions.changeStatus(actionId, ActionStatus.COMPLETE, "Done");
        assertThrows(Refused.class, () -> actions.overrideBrag(actionId, Brag.BLUE, "Assured"), "no sign-off yet");
        actions.signOff(actionId, person, null, null);
        List<String> rows = newRows();
        assertEquals(List.of(
                "evidence.created", "evidence.verifiedBy", "evidence.verifiedOn", "action.status", "action.progress",
                "action.signedOffBy", "action.signedOffOn"), rows.stream().map(r -> r.substring(0, r.indexOf(':'))).toList());
        assertEquals(Brag.BLUE, session.plan().brag(session.plan().action(actionId).orElseThrow(), session.today()).brag());
        assertTrue(ev > 0);
    }

    @Test
    void overrideNeedsAReasonAndIsAudited() {
        assertThrows(Refused.class, () -> actions.overrideBrag(actionId, Brag.RED, ""));
        actions.overrideBrag(actionId, Brag.RED, "Supplier in administration");
        assertEquals(List.of("action.bragOverride:null->RED", "action.bragOverrideReason:null->Supplier in administration"), newRows());
        BragResult r = session.plan().brag(session.plan().action(actionId).orElseThrow(), session.today());
        assertTrue(r.overridden());
        assertEquals(Brag.RED, r.brag());
    }

    @Test
    void snapshotIsOneAuditRowPlusTheMeeting() {
        new BoardService(session).takeSnapshot("Trust Board", LocalDate.of(2026, 11, 26));
        List<String> rows = newRows();
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).startsWith("board_meeting.created"));
        // The snapshot records the chain head it was taken at: the last row before its write began.
        assertTrue(rows.get(1).matches("snapshot\\.created:null->\\{\"actions\":1,\"boardMeetingId\":1,\"chainHash\":\"[0-9a-f]{64}\",\"chainRow\":"
                + before + ",\"label\":\"Trust Board 2026-11-26\",\"takenAt\":\"2026-11-25T10:00:00Z\"\\}"), rows.get(1));
        assertEquals(1, session.plan().snapshots().get(0).rows().size());
    }

    @Test
    void movementSinceASnapshotSeesAnEdit() {
        String approver = allowedBefore(org.waymark.domain.Person.Permission.APPROVE);
        new BoardService(session).takeSnapshot("Trust Board", LocalDate.of(2026, 11, 26));
        actions.reviseDueDate(actionId, LocalDate.of(2027, 2, 1), "Supplier late", "Weekly manual checks", approver, null);
        Movement m = new BoardService(session).movementSince(session.plan().snapshots().get(0));
        assertEquals(List.of("A1"), m.slipped().stream().map(Movement.Change::ref).toList());
    }

    @Test
    void editingDetailsAuditsOnlyTheChangedFields() {
        Action a = session.plan().action(actionId).orElseThrow();
        actions.editDetails(new Action(a.id(), a.ref(), "Recruit 40 call handlers", "Now with a number", a.requirementId(), null, null, null, null,
                a.start(), a.originalDue(), a.currentDue(), a.status(), a.progress(), null, null), "Title clarified");
        assertEquals(List.of("action.title:Recruit call handlers->Recruit 40 call handlers", "action.description:->Now with a number"), newRows());
    }

    @Test
    void theAuditChainVerifiesAfterAllOfIt() {
        actions.postUpdate(actionId, "x", 10);
        actions.changeStatus(actionId, ActionStatus.IN_PROGRESS, "y");
        AuditCheck check = session.verifyAudit();
        assertTrue(check.intact(), check.describe());
        assertEquals(session.auditRows(), check.rowsChecked());
    }
}
