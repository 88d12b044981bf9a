package org.waymark.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.infra.Backups;
import org.waymark.app.OpenedPlan;
import org.waymark.app.infra.PlanLock;
import org.waymark.app.PlanOpener;
import org.waymark.app.PlanException;
import org.waymark.app.TestPlans;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Two app instances, two JVMs, one plan file: the second is told who has it and gets read-only mode. */
class TwoInstancesTest {

    @TempDir Path dir;

    PlanOpener opener() { return new PlanOpener(new Backups(dir.resolve("backups"), 3, Clock.systemUTC()), Clock.systemUTC()); }

    @Test
    void secondInstanceIsReadOnlyNamesTheHolderAndCanEditOnceTheFirstQuits() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        try (ChildJvm first = ChildJvm.start(dir.resolve("first-home"), HoldPlanMain.class, plan.toString(), "Ward manager")) {
            assertEquals("OPENED EDITING", first.awaitLine("OPENED", 60));
            first.send("write");
            assertEquals("WROTE", first.nextLine(30));

            OpenedPlan second = opener().open(plan, false, "PMO lead", Clock.systemDefaultZone());
            try (var s = second.session()) {
                assertEquals(OpenedPlan.Access.READ_ONLY_IN_USE, second.access());
                assertTrue(s.readOnly());
                assertEquals("Ward manager", second.heldBy().user());
                assertEquals(first.process().pid(), second.heldBy().pid());
                assertTrue(second.notices().get(0).startsWith("Open read-only: Ward manager on "), second.notices().get(0));
                assertTrue(second.notices().get(0).contains(" since "), second.notices().get(0));
                // What the first instance wrote a moment ago is visible to the second.
                assertTrue(s.history("plan", null).stream().anyMatch(h -> "Ward manager".equals(h.newValue())));
                PlanException refused = assertThrows(PlanException.class, () -> s.write("try", tx -> { tx.audit("plan", null, "x", null, "y", "z"); return null; }));
                assertEquals(PlanException.Kind.READ_ONLY, refused.kind());
            }

            first.send("quit");
            assertEquals("CLOSED", first.awaitLine("CLOSED", 30));
            assertEquals(0, first.waitFor(30));
        }
        assertFalse(Files.exists(PlanLock.lockFileOf(plan)), "the first instance removes its lock when it quits");
        OpenedPlan again = opener().open(plan, false, "PMO lead", Clock.systemDefaultZone());
        try (var s = again.session()) {
            assertEquals(OpenedPlan.Access.EDITING, again.access());
            s.write("Now editing", tx -> { tx.audit("plan", null, "note", null, "PMO lead", "after the first quit"); return null; });
            assertTrue(s.verifyAudit().intact());
            assertEquals(List.of("ok"), s.integrityCheck());
        }
    }

    @Test
    void aLockLeftByAKilledInstanceIsStaleAndCleared() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        long pid;
        try (ChildJvm first = ChildJvm.start(dir.resolve("first-home"), HoldPlanMain.class, plan.toString(), "Ward manager")) {
            assertEquals("OPENED EDITING", first.awaitLine("OPENED", 60));
            pid = first.process().pid();
            first.kill();
        }
        assertEquals(pid, PlanLock.read(PlanLock.lockFileOf(plan)).orElseThrow().pid(), "SIGKILL leaves the lock behind");
        OpenedPlan opened = opener().open(plan, false, "PMO lead", Clock.systemDefaultZone());
        try (var s = opened.session()) {
            assertEquals(OpenedPlan.Access.EDITING, opened.access());
            assertEquals("PMO lead", PlanLock.read(PlanLock.lockFileOf(plan)).orElseThrow().user());
        }
    }
}
