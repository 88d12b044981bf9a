package org.waymark.app;

import org.waymark.app.infra.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.*;
import org.waymark.store.Migrations;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** People with names, e-mail and permissions; who the audit trail names; an action's history in words. */
class PeopleAndHistoryTest {

    @TempDir Path dir;

    @Test
    void anOlderPlanUpgradesWithPeopleWhoMayDoNothingYet() throws Exception {
        Path file = dir.resolve("old.waymark");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/plan-v" + (Migrations.LATEST - 1) + ".waymark")) {
            Files.copy(in, file);
        }
        try (PlanSession s = PlanSession.openAsIs(file, false, "tester", TestPlans.CLOCK)) {
            assertEquals(Migrations.LATEST, s.schemaVersion());
            assertFalse(s.plan().people().isEmpty());
            assertTrue(s.plan().people().stream().allMatch(p -> p.email().isEmpty() && !p.mayVerify() && !p.maySignOff() && !p.mayApprove()));
            assertTrue(s.verifyAudit().intact());
        }
    }

    @Test
    void aPersonsEmailAndPermissionsAreSavedAndAuditedAndABadAddressIsRefused() {
        try (PlanSession s = TestPlans.empty(dir)) {
            PeopleService people = new PeopleService(s);
            long id = people.addPerson(new Person(0, "Jane Smith", "Director of Nursing", "Quality", "", "jane.smith@example.nhs.uk", true, false, true)).id();
            Person jane = s.plan().person(id).orElseThrow();
            assertEquals("jane.smith@example.nhs.uk", jane.email());
            assertTrue(jane.mayVerify() && jane.mayApprove() && !jane.maySignOff());

            people.editPerson(jane, new Person(id, "Jane Smith", "Director of Nursing", "Quality", "", "jane.smith@example.nhs.uk", true, true, true));
            List<AuditEntryView> rows = s.history("person", id);
            assertEquals("maySignOff", rows.get(rows.size() - 1).field());
            assertEquals("0", rows.get(rows.size() - 1).oldValue());
            assertEquals("1", rows.get(rows.size() - 1).newValue());

            long before = s.auditRows();
            Refused r = assertThrows(Refused.class, () -> people.addPerson(new Person(0, "Bob", "", "", "", "bob at example", false, false, false)));
            assertEquals("email", r.field());
            assertTrue(r.getMessage().contains("not an e-mail address"), r.getMessage());
            assertEquals(before, s.auditRows(), "nothing written");
        }
    }

    @Test
    void theAuditTrailNamesThePersonWithTheirComputerAccount() {
        String account = Identity.osAccount();
        assertEquals("Jane Smith (" + account + ")", Identity.who("Jane Smith"));
        assertEquals(account, Identity.who(""), "no name yet: the account alone");
        assertEquals(account, Identity.who(account));
        assertFalse(Identity.chosen(Preferences.defaults()), "the app asks on first use");
        assertTrue(Identity.chosen(Preferences.defaults().withUserName("Jane Smith")));
        try (PlanSession s = TestPlans.empty(dir)) {
            s.actAs(Identity.who("Jane Smith"));
            long id = new PeopleService(s).addPerson(new Person(0, "Owen Pritchard", "Head of Clinical Governance", "", "")).id();
            assertEquals("Jane Smith (" + account + ")", s.history("person", id).get(0).who());
            assertTrue(s.verifyAudit().intact());
        }
    }

    @Test
    void historyShowsEveryChangeToTheActionAndItsEvidenceInWords() {
        try (PlanSession s = TestPlans.demo(dir)) {
            Plan plan = s.plan();
            Action a = plan.actions().stream().filter(x -> x.status() == ActionStatus.IN_PROGRESS && x.currentDue() != null).findFirst().orElseThrow();
            Person lead = plan.people().stream().filter(p -> !Long.valueOf(p.id()).equals(a.executiveLeadId())).findFirst().orElseThrow();
            ActionService actions = new ActionService(s);
            actions.changeStatus(a.id(), ActionStatus.ON_HOLD, "Paused for winter");
            actions.editDetails(new Action(a.id(), a.ref(), a.title(), a.description(), a.requirementId(), a.themeId(), lead.id(),
                    a.operationalLeadId(), a.committeeId(), a.start(), a.originalDue(), a.currentDue(), a.status(), a.progress(), a.override(), a.signOff()), "New lead");
            long ev = actions.addEvidence(a.id(), "Minutes", "QPS minutes March", "Item 7").id();
            EvidenceItem item = s.plan().evidenceOf(a.id()).stream().filter(e -> e.id() == ev).findFirst().orElseThrow();
            actions.verifyEvidence(item, "Owen Pritchard (recorded by tester)", s.today());
            LocalDate newDue = a.currentDue().plusMonths(2);
            actions.reviseDueDate(a.id(), newDue, "Supplier delay", "Daily huddle", "Jane Smith", s.today());

            List<ActionHistory.Line> lines = new ActionHistory(s, ZoneId.of("Europe/London")).of(a.id());
            String all = lines.toString();
            assertTrue(lines.get(0).id() > lines.get(lines.size() - 1).id(), "newest first");
            assertTrue(lines.stream().anyMatch(l -> l.what().equals("Status") && l.change().equals("In progress \u2192 On hold") && l.why().equals("Paused for winter")), all);
            assertTrue(lines.stream().anyMatch(l -> l.what().equals("Executive lead") && l.change().endsWith("\u2192 " + lead.name())), all);
            assertTrue(lines.stream().anyMatch(l -> l.what().equals("Evidence added") && l.change().equals("Minutes: QPS minutes March (Item 7)")), all);
            assertTrue(lines.stream().anyMatch(l -> l.what().equals("Evidence: verified by") && l.change().startsWith("Owen Pritchard")), all);
            String due = String.format("%02d/%02d/%d", newDue.getDayOfMonth(), newDue.getMonthValue(), newDue.getYear());
            assertTrue(lines.stream().anyMatch(l -> l.what().equals("Due date") && l.change().endsWith(due)), all);
            assertTrue(lines.stream().anyMatch(l -> l.what().equals("Due date revision added") && l.change().contains("Supplier delay")), all);
            assertTrue(lines.stream().allMatch(l -> l.when().matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")), all);
            assertFalse(all.contains("IN_PROGRESS") || all.contains("ON_HOLD"), "no enum names: " + all);
            assertFalse(all.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no ISO dates: " + all);
            // Another action's changes are not in this one's history.
            Action other = plan.actions().stream().filter(x -> x.id() != a.id()).findFirst().orElseThrow();
            actions.addEvidence(other.id(), "Document", "Not this one", "");
            assertFalse(new ActionHistory(s).of(a.id()).toString().contains("Not this one"));
        }
    }
}
