package org.waymark.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.AuditEntryView;
import org.waymark.app.PeopleService;
import org.waymark.app.PlanHealth;
import org.waymark.app.PlanPublish;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.RevisionRequests;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.DateRevision;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two logins on one shared plan on the real server: one asks for a new date, the other approves it. The audit rows
 * name the database logins, not the names the app was given; asking and approving yourself is refused, since a
 * shared plan needs a second person unless its settings say otherwise.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedRevisionApprovalTest {

    @TempDir Path dir;
    private SharedServer.PasswordFile passwords;

    @AfterEach void forgetPasswords() { if (passwords != null) passwords.close(); }

    @Test void oneLoginAsksAnotherApprovesAndNeitherMayApproveTheirOwn(SharedServer server) throws Exception {
        String db = server.newDatabase();
        assertTrue(PlanPublish.publish(TestPlans.demoFile(dir), server.location(db), "tester", TestPlans.CLOCK).verified());
        // Logins are the server's, not the database's: unique names, so other tests' logins never clash.
        String a = "lead_a_" + db, b = "lead_b_" + db;
        for (String login : List.of(a, b)) {
            server.superuser("postgres", "CREATE ROLE " + login + " LOGIN PASSWORD '" + login + "-password'",
                    "GRANT CONNECT, TEMPORARY ON DATABASE " + db + " TO " + login);
            server.superuser(db, "GRANT USAGE ON SCHEMA public TO " + login,
                    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + login,
                    "REVOKE UPDATE, DELETE ON audit_log FROM " + login,
                    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + login);
        }
        passwords = server.passwords(dir, a, b);

        try (PlanSession asker = PlanSession.open(server.location(a, db), false, "Ann", TestPlans.CLOCK);
             PlanSession approver = PlanSession.open(server.location(b, db), false, "Ben", TestPlans.CLOCK)) {
            // Both are the plan's people allowed to approve, known by the login their e-mail address starts with.
            PeopleService people = new PeopleService(asker);
            people.addPerson(new Person(0, "Ann Khan", "Deputy Director of Quality", "Quality", "", a + "@trust.example.nhs.uk", false, false, true));
            people.addPerson(new Person(0, "Ben Osei", "Medical Director", "Medical", "", b + "@trust.example.nhs.uk", false, false, true));
            RevisionRequests askerRequests = new RevisionRequests(asker);
            assertTrue(askerRequests.approverMustDiffer(), "a shared plan needs a second person by default");

            Plan plan = asker.plan();
            Action action = plan.actions().stream().filter(x -> x.status() == ActionStatus.IN_PROGRESS && x.currentDue() != null
                    && plan.revisionsOf(x.id()).stream().noneMatch(DateRevision::pending)).findFirst().orElseThrow();
            LocalDate due = action.currentDue();
            LocalDate newDue = due.plusMonths(3);
            DateRevision asked = askerRequests.request(action.id(), newDue, "Estates work moved to the spring", "Daily checks by the shift lead");
            assertEquals(due, approver.plan().action(action.id()).orElseThrow().currentDue(), "asking does not move the date");

            long rows = asker.auditRows();
            Refused self = assertThrows(Refused.class, () -> askerRequests.approve(asked, "My own"));
            assertTrue(self.getMessage().startsWith("You asked for this revision, so someone else must approve it"), self.getMessage());
            assertEquals(rows, asker.auditRows(), "the refusal wrote nothing");

            RevisionRequests approverRequests = new RevisionRequests(approver);
            RevisionRequests.Request request = approverRequests.pendingOf(action.id()).get(0);
            assertEquals(a, request.askedBy(), "who asked is the database login");
            assertTrue(approverRequests.whyNotApprove(request).isEmpty());
            DateRevision approved = approverRequests.approve(asked, "Estates confirmed the spring slot");
            assertEquals("Ben Osei (" + b + ")", approved.approvedBy());
            assertEquals(newDue, asker.plan().action(action.id()).orElseThrow().currentDue());

            List<AuditEntryView> revisionRows = approver.history("date_revision", asked.id());
            assertEquals(a, revisionRows.get(0).who());
            AuditEntryView approval = revisionRows.stream().filter(r -> r.field().equals("approvedBy")).findFirst().orElseThrow();
            assertEquals(b, approval.who());
            assertEquals("Estates confirmed the spring slot", approval.why());
            AuditEntryView moved = approver.history("action", action.id()).stream().filter(r -> r.field().equals("currentDue")).reduce((x, y) -> y).orElseThrow();
            assertEquals(b, moved.who());

            // A rejection by the other login: the request goes, the date stays, the audit names both.
            DateRevision again = askerRequests.request(action.id(), newDue.plusMonths(1), "Contractor unavailable", "Daily checks continue");
            approverRequests.reject(again, "Find another contractor");
            assertEquals(newDue, asker.plan().action(action.id()).orElseThrow().currentDue());
            List<AuditEntryView> rejected = approver.history("date_revision", again.id());
            assertEquals(List.of(a, b), rejected.stream().map(AuditEntryView::who).toList());
            assertEquals("Find another contractor", rejected.get(1).why());
        }
        PlanHealth health = PlanHealth.check(server.location(db), TestPlans.CLOCK);
        assertTrue(health.healthy(), () -> String.join("\n", health.problems()));
    }
}
