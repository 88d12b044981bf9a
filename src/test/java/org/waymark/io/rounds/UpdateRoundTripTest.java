package org.waymark.io.rounds;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.AuditEntryView;
import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.rounds.IssuedRound;
import org.waymark.app.rounds.OwnerForm;
import org.waymark.app.rounds.Outcome;
import org.waymark.app.rounds.ProposedChange;
import org.waymark.app.rounds.ReviewedForm;
import org.waymark.app.rounds.RoundService;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.DateRevision;
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.Plan;
import org.waymark.domain.ProgressUpdate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Whole rounds on the demo plan: real forms written, filled (POI and LibreOffice), read back and applied. */
class UpdateRoundTripTest {

    static final LocalDate TODAY = LocalDate.now(TestPlans.CLOCK);
    static final String FORM_OF = "(form of " + "25/11/2026" + ")";
    static Path demo;

    @TempDir static Path shared;
    @TempDir Path dir;

    @BeforeAll
    static void demoPlan() {
        demo = TestPlans.demoFile(shared);
    }

    PlanSession open(String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.copy(demo, copy);
        return PlanSession.open(copy, false, "lead", TestPlans.CLOCK);
    }

    static IssuedRound start(PlanSession s, Path out) {
        return new RoundService(s).start(TODAY.plusDays(14), List.of(), issued -> RoundFiles.write(issued, out, ""));
    }

    static Path formOf(Path out, OwnerForm f) {
        return out.resolve("update-" + f.identity().issuedOn() + "-" + RoundFiles.slug(f.ownerName()) + ".xlsx");
    }

    static List<ReviewedForm> review(PlanSession s, Path... forms) {
        List<org.waymark.app.rounds.ReturnedForm> read = new ArrayList<>();
        for (Path f : forms) read.add(UpdateFormReader.read(f));
        return new RoundService(s).review(read);
    }

    static List<ProposedChange> changes(List<ReviewedForm> r) { return r.stream().flatMap(f -> f.changes().stream()).toList(); }

    @Test
    void fourReturnedFormsLandExactlyAsFilledWithTheirAuditRows() throws Exception {
        Assumptions.assumeTrue(FormFiller.libreOfficeAvailable(), "LibreOffice (soffice) is needed to re-save a form");
        try (PlanSession s = open("plan.waymark")) {
            Path out = dir.resolve("forms");
            IssuedRound round = start(s, out);
            assertTrue(round.forms().size() >= 4, "the demo plan has many owners");
            Plan before = s.plan();
            OwnerForm a = round.forms().get(0), b = round.forms().get(1), c = round.forms().get(2), d = round.forms().get(3);
            int aProgress = a.rows().get(0).progress() == 55 ? 56 : 55;
            LocalDate newDue = (b.rows().get(0).due() == null ? TODAY : b.rows().get(0).due()).plusDays(60);
            FormFiller.fill(formOf(out, a), f -> { f.set(0, 8, aProgress); f.set(0, 9, "Audit of forty stations done; ten left."); });
            FormFiller.fill(formOf(out, b), f -> { f.set(0, 10, newDue); f.set(0, 11, "Supplier delayed the kit"); f.set(0, 12, "Weekly manual checks"); });
            FormFiller.fill(formOf(out, c), f -> { f.set(0, 7, "Complete"); f.formula(0, 9, "SUM(1,2)"); f.set(0, 13, "https://intranet.example.nhs.uk/evidence/42"); });
            FormFiller.fill(formOf(out, d), f -> f.set(0, 9, "Re-saved in LibreOffice: training plan agreed."));
            FormFiller.resaveWithLibreOffice(formOf(out, d), dir);

            List<ReviewedForm> reviewed = review(s, formOf(out, a), formOf(out, b), formOf(out, c), formOf(out, d));
            List<ProposedChange> all = changes(reviewed);
            assertEquals(4, all.size(), () -> all.toString());
            all.forEach(ch -> assertEquals(Outcome.ACCEPTED, ch.outcome(), ch::toString));
            assertEquals("=SUM(1,2)", all.get(2).proposal().narrative(), "a formula is read as its text, never evaluated");
            assertEquals(4, new RoundService(s).apply(reviewed));

            Plan after = s.plan();
            long aId = a.rows().get(0).actionId(), bId = b.rows().get(0).actionId(), cId = c.rows().get(0).actionId(), dId = d.rows().get(0).actionId();
            assertEquals(aProgress, after.action(aId).orElseThrow().progress());
            ProgressUpdate aUpdate = last(after.updatesOf(aId));
            assertEquals("Audit of forty stations done; ten left.", aUpdate.text());
            assertEquals(a.ownerName(), aUpdate.author());

            Action bAction = after.action(bId).orElseThrow();
            assertEquals(before.action(bId).orElseThrow().currentDue(), bAction.currentDue(), "a date from a form is never applied silently");
            DateRevision rev = last(after.revisionsOf(bId));
            assertTrue(rev.pending(), "it becomes a pending revision");
            assertEquals(newDue, rev.newDue());
            assertEquals("Weekly manual checks", rev.interimControl());

            Action cAction = after.action(cId).orElseThrow();
            assertEquals(ActionStatus.COMPLETE, cAction.status());
            assertNotEquals(Brag.BLUE, after.brag(cAction, TODAY).brag(), "Blue never comes from a form");
            EvidenceItem ev = last(after.evidenceOf(cId));
            assertFalse(ev.verified());
            assertEquals("https://intranet.example.nhs.uk/evidence/42", ev.reference());
            assertEquals("=SUM(1,2)", last(after.updatesOf(cId)).text());

            assertEquals("Re-saved in LibreOffice: training plan agreed.", last(after.updatesOf(dId)).text());

            onlyTheseChanged(before, after, List.of(aId, bId, cId, dId));
            List<AuditEntryView> audit = s.history(null, null).stream().filter(e -> e.why() != null && e.why().startsWith("Update from ")).toList();
            for (OwnerForm f : List.of(a, b, c, d)) {
                String why = "Update from " + f.ownerName() + " " + FORM_OF;
                assertTrue(audit.stream().anyMatch(e -> e.why().equals(why) && e.entity().equals("round_return")), why);
                assertTrue(audit.stream().anyMatch(e -> e.why().equals(why) && !e.entity().equals("round_return")), why);
            }
            long actionRows = fieldsChanged(before, after, aId) + fieldsChanged(before, after, cId);
            assertEquals(Map.of("action", actionRows, "progress_update", 3L, "date_revision", 1L, "evidence", 1L, "round_return", 4L),
                    audit.stream().collect(Collectors.groupingBy(AuditEntryView::entity, Collectors.counting())),
                    "updates from A, C and D, the revision from B, C's evidence, A's and C's status and progress fields, and one return per form");
            assertTrue(s.verifyAudit().intact());
            assertEquals(4, new RoundService(s).current().orElseThrow().returned().size());

            List<ReviewedForm> again = review(s, formOf(out, a));
            assertTrue(again.get(0).refused(), "a form already applied is not applied twice");
        }
    }

    @Test
    void aConflictShowsBothVersionsAndChangesNothingUntilTheLeadTakesTheForm() throws Exception {
        try (PlanSession s = open("plan.waymark")) {
            Path out = dir.resolve("forms");
            OwnerForm a = start(s, out).forms().get(0);
            long id = a.rows().get(0).actionId();
            FormFiller.fill(formOf(out, a), f -> f.set(0, 9, "Owner's narrative"));
            new ActionService(s).postUpdate(id, "The PMO's own update after issue", null);
            Plan edited = s.plan();

            List<ReviewedForm> reviewed = review(s, formOf(out, a));
            ProposedChange c = changes(reviewed).get(0);
            assertEquals(Outcome.CONFLICT, c.outcome());
            assertTrue(c.now().contains("The PMO's own update after issue"), c.now());
            assertFalse(c.asIssued().contains("The PMO's own update after issue"), c.asIssued());
            assertFalse(c.applies(), "a conflict is kept as the plan has it unless the lead takes the form's version");
            assertEquals(edited.updatesOf(id), s.plan().updatesOf(id), "reviewing changes nothing");

            new RoundService(s).apply(List.of(reviewed.get(0).with(List.of(c.taking(true)))));
            assertEquals("Owner's narrative", last(s.plan().updatesOf(id)).text());
        }
    }

    @Test
    void aConflictLeftUnresolvedIsNotApplied() throws Exception {
        try (PlanSession s = open("plan.waymark")) {
            Path out = dir.resolve("forms");
            OwnerForm a = start(s, out).forms().get(0);
            long id = a.rows().get(0).actionId();
            FormFiller.fill(formOf(out, a), f -> f.set(0, 9, "Owner's narrative"));
            new ActionService(s).postUpdate(id, "Changed after issue", null);
            List<ProgressUpdate> edited = s.plan().updatesOf(id);
            new RoundService(s).apply(review(s, formOf(out, a)));
            assertEquals(edited, s.plan().updatesOf(id));
        }
    }

    @Test
    void aFormFromAnotherPlanIsRefused() throws Exception {
        try (PlanSession mine = open("mine.waymark"); PlanSession other = open("other.waymark")) {
            start(mine, dir.resolve("mine"));
            OwnerForm theirs = start(other, dir.resolve("other")).forms().get(0);
            FormFiller.fill(formOf(dir.resolve("other"), theirs), f -> f.set(0, 9, "Meant for the other plan"));
            long auditBefore = mine.auditRows();
            ReviewedForm r = review(mine, formOf(dir.resolve("other"), theirs)).get(0);
            assertTrue(r.refused());
            assertTrue(r.problem().contains("another plan"), r.problem());
            assertThrows(org.waymark.app.Refused.class, () -> new RoundService(mine).apply(List.of(r)));
            assertEquals(auditBefore, mine.auditRows());
        }
    }

    @Test
    void aChangedLockedCellRejectsItsRowAndAChangedHiddenSheetTheWholeForm() throws Exception {
        try (PlanSession s = open("plan.waymark")) {
            Path out = dir.resolve("forms");
            IssuedRound round = start(s, out);
            OwnerForm a = round.forms().get(0), b = round.forms().get(1);
            FormFiller.fill(formOf(out, a), f -> { f.set(0, 1, "A better title"); f.set(0, 9, "Narrative"); });
            FormFiller.fill(formOf(out, b), f -> { f.hidden(FormLayout.HIDDEN_FIRST_ROW, 2, "0000000000000000"); f.set(0, 9, "Narrative"); });
            List<ReviewedForm> r = review(s, formOf(out, a), formOf(out, b));
            ProposedChange locked = r.get(0).changes().get(0);
            assertEquals(Outcome.REJECTED, locked.outcome());
            assertTrue(locked.reason().contains("Title, cell B" + (FormLayout.FIRST_DATA_ROW + 1)), locked.reason());
            assertTrue(r.get(1).refused());
            assertTrue(r.get(1).problem().contains("hidden sheet"), r.get(1).problem());
        }
    }

    @Test
    void impossibleDatesBlueAndMissingReasonsAreRejectedWithTheReason() throws Exception {
        try (PlanSession s = open("plan.waymark")) {
            Path out = dir.resolve("forms");
            OwnerForm a = new RoundService(s).start(TODAY.plusDays(14), List.of(), issued -> RoundFiles.write(issued, out, "")).forms().stream()
                    .filter(f -> f.rows().size() >= 4).findFirst().orElseThrow();
            FormFiller.fill(formOf(out, a), f -> {
                f.set(0, 10, "31/02/2027"); f.set(0, 11, "Why"); f.set(0, 12, "Control");
                f.set(1, 7, "Blue");
                f.set(2, 10, TODAY.plusDays(40)); 
                f.set(3, 8, 140);
            });
            List<ProposedChange> c = changes(review(s, formOf(out, a)));
            assertEquals(4, c.size());
            c.forEach(x -> assertEquals(Outcome.REJECTED, x.outcome(), x::toString));
            assertTrue(c.get(0).reason().contains("not a real date"), c.get(0).reason());
            assertTrue(c.get(1).reason().contains("Blue is never set from a form"), c.get(1).reason());
            assertTrue(c.get(2).reason().contains("reason"), c.get(2).reason());
            assertTrue(c.get(3).reason().contains("0 to 100"), c.get(3).reason());
        }
    }

    @Test
    void aRowForAnActionTheOwnerNoLongerOwnsIsRejected() throws Exception {
        try (PlanSession s = open("plan.waymark")) {
            Path out = dir.resolve("forms");
            IssuedRound round = start(s, out);
            OwnerForm a = round.forms().get(0), b = round.forms().get(1);
            Action act = s.plan().action(a.rows().get(0).actionId()).orElseThrow();
            long other = b.identity().ownerId();
            new ActionService(s).editDetails(new Action(act.id(), act.ref(), act.title(), act.description(), act.requirementId(), act.themeId(),
                    act.executiveLeadId(), other, act.committeeId(), act.start(), act.originalDue(), act.currentDue(), act.status(), act.progress(),
                    act.override(), act.signOff()), "Owner changed");
            FormFiller.fill(formOf(out, a), f -> f.set(0, 9, "Still mine?"));
            ProposedChange c = changes(review(s, formOf(out, a))).get(0);
            assertEquals(Outcome.REJECTED, c.outcome());
            assertTrue(c.reason().contains("does not own"), c.reason());
        }
    }

    private static long fieldsChanged(Plan before, Plan after, long id) {
        Action b = before.action(id).orElseThrow(), a = after.action(id).orElseThrow();
        return (b.status() != a.status() ? 1 : 0) + (b.progress() != a.progress() ? 1 : 0);
    }

    private static void onlyTheseChanged(Plan before, Plan after, List<Long> changed) {
        Map<Long, Action> was = before.actions().stream().collect(Collectors.toMap(Action::id, Function.identity()));
        for (Action a : after.actions()) {
            if (changed.contains(a.id())) continue;
            assertEquals(was.get(a.id()), a, "untouched action " + a.ref());
            assertEquals(before.updatesOf(a.id()), after.updatesOf(a.id()));
            assertEquals(before.revisionsOf(a.id()), after.revisionsOf(a.id()));
            assertEquals(before.evidenceOf(a.id()), after.evidenceOf(a.id()));
        }
    }

    /** The newest row by id (loading sorts some children by date, and the demo has dated history). */
    static <T> T last(List<T> rows) {
        return rows.stream().max(java.util.Comparator.comparingLong(UpdateRoundTripTest::id)).orElseThrow();
    }

    private static long id(Object row) {
        if (row instanceof ProgressUpdate u) return u.id();
        if (row instanceof DateRevision r) return r.id();
        if (row instanceof EvidenceItem e) return e.id();
        throw new IllegalArgumentException(row.toString());
    }
}
