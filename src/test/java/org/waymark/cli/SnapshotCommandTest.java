package org.waymark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headless board snapshot, through the real command line, checked in the plan file and its audit log. */
class SnapshotCommandTest {

    @TempDir Path dir;

    @Test
    void takesAnAuditedSnapshotAndThePackComparesWithIt() throws Exception {
        Path file = TestPlans.demoFile(dir);
        int meetingsBefore;
        long auditBefore;
        try (PlanSession s = PlanSession.open(file, true, "tester", TestPlans.CLOCK)) {
            meetingsBefore = s.plan().boardMeetings().size();
            auditBefore = s.auditRows();
        }
        CliRunner.Result r = CliRunner.run("snapshot", file.toString(), "--meeting", "Trust Board (headless)", "--date", "3/12/2026");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Snapshot taken for Trust Board (headless) on 03/12/2026"), r.out());
        try (PlanSession s = PlanSession.open(file, true, "tester", TestPlans.CLOCK)) {
            Plan plan = s.plan();
            assertEquals(meetingsBefore + 1, plan.boardMeetings().size());
            var meeting = plan.boardMeetings().get(plan.boardMeetings().size() - 1);
            assertEquals("Trust Board (headless)", meeting.name());
            assertEquals(LocalDate.of(2026, 12, 3), meeting.meetingDate());
            var snapshot = plan.snapshots().stream().filter(x -> x.boardMeetingId() == meeting.id()).findFirst().orElseThrow();
            assertEquals(plan.actions().size(), snapshot.rows().size());
            assertTrue(s.auditRows() > auditBefore, "the snapshot is audited");
            List<String> whats = s.read(c -> {
                List<String> out = new java.util.ArrayList<>();
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT why FROM audit_log ORDER BY id DESC LIMIT 3")) {
                    while (rs.next()) out.add(rs.getString(1));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                return out;
            });
            assertTrue(whats.contains("Board snapshot"), whats.toString());
        }
    }

    @Test
    void badInputIsRefusedClearlyAndWritesNothing() throws Exception {
        Path file = TestPlans.demoFile(dir);
        long auditBefore;
        try (PlanSession s = PlanSession.open(file, true, "tester", TestPlans.CLOCK)) {
            auditBefore = s.auditRows();
        }
        CliRunner.Result badDate = CliRunner.run("snapshot", file.toString(), "--meeting", "Trust Board", "--date", "32/13/2026");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("dd/MM/yyyy"), badDate.err());
        CliRunner.Result blank = CliRunner.run("snapshot", file.toString(), "--meeting", "  ");
        assertEquals(2, blank.exit());
        assertTrue(blank.err().contains("Name the meeting"), blank.err());
        CliRunner.Result missing = CliRunner.run("snapshot", dir.resolve("nope.waymark").toString(), "--meeting", "Trust Board");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("No plan file"), missing.err());
        try (PlanSession s = PlanSession.open(file, true, "tester", TestPlans.CLOCK)) {
            assertEquals(auditBefore, s.auditRows(), "nothing was written");
        }
    }
}
