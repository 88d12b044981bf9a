package org.waymark.ui.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.ui.overview.OverviewView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The look begun before the toolkit: the window gets it for the same plan and person, once; any other is closed. */
class EarlyLookTest {

    @TempDir Path dir;

    @Test void theSamePlanAndPersonTakeTheLookBegunOnceWithTheFiguresAFreshReadGives() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        EarlyLook.begin(plan, "Improvement lead (lead)", TestPlans.CLOCK);
        PlanPreview.Look look = EarlyLook.take(plan, "Improvement lead (lead)").orElseThrow().get(1, TimeUnit.MINUTES);
        try (PlanSession fresh = PlanSession.open(plan, true, "tester", TestPlans.CLOCK)) {
            assertTrue(look.session().readOnly(), "a look never writes");
            var figures = OverviewView.read(fresh);
            assertEquals(figures.summary().toString(), look.model().summary().toString());
            assertEquals(figures.overdue().toString(), look.model().overdue().toString());
        } finally {
            look.session().close();
        }
        assertTrue(EarlyLook.take(plan, "Improvement lead (lead)").isEmpty(), "taken once");
        assertFalse(Files.exists(plan.resolveSibling(plan.getFileName() + ".lock")), "nothing locked the plan");
    }

    @Test void anotherPlanOrPersonGetsNothingAndTheLookIsClosed() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        EarlyLook.begin(plan, "Improvement lead (lead)", TestPlans.CLOCK);
        assertTrue(EarlyLook.take(plan, "Someone else (other)").isEmpty());
        assertTrue(EarlyLook.take(plan, "Improvement lead (lead)").isEmpty(), "dropped, not kept for later");
        EarlyLook.begin(plan, "Improvement lead (lead)", TestPlans.CLOCK);
        assertTrue(EarlyLook.take(dir.resolve("other.waymark"), "Improvement lead (lead)").isEmpty());
    }

    @Test void aFileThatIsNotAPlanFailsTheLookAndNothingElse() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.waymark"), "not a plan ".repeat(100));
        EarlyLook.begin(notes, "Improvement lead (lead)", TestPlans.CLOCK);
        var look = EarlyLook.take(notes, "Improvement lead (lead)").orElseThrow();
        assertThrows(java.util.concurrent.ExecutionException.class, () -> look.get(1, TimeUnit.MINUTES));
        assertEquals("not a plan ".repeat(100), Files.readString(notes), "the file is as it was");
    }
}
