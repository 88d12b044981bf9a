package org.waymark.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.app.PlanSession;
import org.waymark.app.TagService;
import org.waymark.app.TestPlans;
import org.waymark.app.infra.Preferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * At the window's start the plan's overview is shown read-only while the safe open still runs (its checks, the
 * lock, the backup). Here the safe open is held behind a task on the one executor, so the window is seen in that
 * state: figures on screen, nothing that can edit, nothing written beside the plan; and then either the plan opened
 * for use, or, when the checks fail, the failure in place of the figures as before.
 */
class StartupPreviewTest extends WindowTest {

    private final CountDownLatch hold = new CountDownLatch(1);

    @org.junit.jupiter.api.AfterEach
    void release() { hold.countDown(); }

    /** The window as {@link WindowHarness} makes it, with the executor's worker busy until {@link #hold} is released. */
    private void openHeld(FxRobot robot, Path plan) { openHeld(robot, plan, false); }

    /** {@code named}: as a plan named on the command line (a double-clicked file) is opened, by its path as text. */
    private void openHeld(FxRobot robot, Path plan, boolean named) {
        h = WindowHarness.unopened(robot);
        h.executor.run(null, () -> hold.await(1, TimeUnit.MINUTES), r -> { });
        h.showWindow(stage, dir.resolve("test.log"), Preferences.defaults().withUserName("Improvement lead"), w -> {
            if (named) w.open(plan.toString(), false);
            else w.open(plan, false);
        });
    }

    private Node overviewFigures(FxRobot robot) {
        return robot.from(h.window.root()).lookup("#overview-review").tryQuery().orElse(null);
    }

    @Test
    void theOverviewShowsReadOnlyBeforeTheChecksAndEditingWaitsForThem(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        // Tags to review, so the overview has editing buttons to hold off.
        try (PlanSession s = PlanSession.open(plan, false, "tester", TestPlans.CLOCK)) {
            new TagService(s).tagFinding(s.plan().requirements().get(0).id(), "S5");
            new TagService(s).changeFramework("cqc-saf-2023");
        }
        openHeld(robot, plan);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> overviewFigures(robot) != null);

        assertTrue(h.window.context().isEmpty(), "no plan in charge of the window, so no edit can be made");
        assertTrue(robot.from(h.window.root()).lookup("#navigation").query().isDisabled(), "the other views wait for the open");
        assertFalse(Files.exists(plan.resolveSibling(plan.getFileName() + ".lock")), "the safe open has not taken its lock yet");
        Node overview = robot.from(h.window.root()).lookup("#overview").query();
        var edits = robot.from(overview).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("review-")).toList();
        assertFalse(edits.isEmpty(), "the review card offers its edits");
        assertTrue(edits.stream().allMatch(Button::isDisabled), "the review card's edits are off: " + edits);

        hold.countDown();
        h.idle();
        assertTrue(h.window.context().isPresent(), "opened: " + h.dialogs.messages + " " + h.failures);
        assertFalse(h.session().readOnly(), "open for editing once the checks passed");
        assertNotNull(overviewFigures(robot), "the overview is still there, now the plan's own");
        Node now = robot.from(h.window.root()).lookup("#overview").query();
        assertTrue(robot.from(now).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("review-")).noneMatch(Button::isDisabled), "editing is on");
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }

    @Test
    void aPlanNamedOnTheCommandLineIsPreviewedToo(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        openHeld(robot, plan, true);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> overviewFigures(robot) != null);
        assertTrue(h.window.context().isEmpty(), "the figures came before the safe open");
        hold.countDown();
        h.idle();
        assertTrue(h.window.context().isPresent(), "opened: " + h.dialogs.messages + " " + h.failures);
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }

    @Test
    void whenTheChecksFailTheFailureReplacesTheFigures(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        openHeld(robot, plan);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> overviewFigures(robot) != null);

        // The file the figures were read from is replaced by one that is not a plan before the checks look at it.
        Path other = Files.writeString(dir.resolve("notes.txt"), "these are not the plan's bytes ".repeat(200));
        Files.move(other, plan, StandardCopyOption.REPLACE_EXISTING);
        hold.countDown();
        h.idle();

        assertTrue(h.window.context().isEmpty(), "nothing opened");
        assertNull(overviewFigures(robot), "the figures are gone");
        assertTrue(robot.from(h.window.root()).lookup(".title-3").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("The plan could not be opened")), "the failure is said in the window");
    }
}
