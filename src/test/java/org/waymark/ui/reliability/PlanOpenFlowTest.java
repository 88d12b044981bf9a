package org.waymark.ui.reliability;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.ui.ScriptedDialogs;
import org.waymark.ui.ViewTesting;
import org.waymark.app.infra.Backups;
import org.waymark.app.Json;
import org.waymark.app.infra.LockInfo;
import org.waymark.app.OpenedPlan;
import org.waymark.app.infra.PlanLock;
import org.waymark.app.PlanOpener;
import org.waymark.app.TestPlans;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** The whole open flow in a real (headless) window: problem dialog, its ways out, and the banners. */
@ExtendWith(ApplicationExtension.class)
class PlanOpenFlowTest {

    @TempDir Path dir;
    Stage stage;
    final AtomicReference<OpenedPlan> opened = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new BorderPane(), 900, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        if (opened.get() != null) opened.get().session().close();
    }

    PlanOpener opener() { return new PlanOpener(new Backups(dir.resolve("backups"), 5, Clock.systemUTC()), Clock.systemUTC()); }

    PlanOpenFlow flow(PlanOpener opener) {
        return new PlanOpenFlow(stage, opener, "PMO lead", TestPlans.CLOCK, ViewTesting.EXECUTOR, new ScriptedDialogs(), opened::set, null);
    }

    @Test
    void aDamagedPlanIsRestoredFromItsBackupAndOpenedForEditing(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        PlanOpener opener = opener();
        opener.open(plan, false, "PMO lead", TestPlans.CLOCK).session().close(); // takes the backup
        try (RandomAccessFile raf = new RandomAccessFile(plan.toFile(), "rw")) { raf.setLength(raf.length() / 3); }

        robot.interact(() -> flow(opener).open(plan, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#open-problem-message").tryQuery().isPresent());
        assertTrue(robot.lookup("#open-problem-message").queryAs(Label.class).getText().startsWith("demo.waymark is damaged"));
        robot.clickOn("Restore a backup…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Sound").tryQuery().isPresent());
        robot.clickOn("#restore-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> opened.get() != null);

        assertEquals(OpenedPlan.Access.EDITING, opened.get().access());
        assertFalse(opened.get().auditBroken());
        assertEquals(60, opened.get().session().plan().actions().size());
    }

    @Test
    void aPlanSomeoneElseIsEditingOpensReadOnlyWithTheirNameInTheBanner(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Instant since = Instant.parse("2026-11-25T09:15:00Z");
        Files.write(PlanLock.lockFileOf(plan), Json.mapper().writeValueAsBytes(
                new LockInfo("Ward manager", "WARD7-PC", 4242, since, Instant.now(), "their-token")));

        robot.interact(() -> flow(opener()).open(plan, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened.get() != null);
        assertEquals(OpenedPlan.Access.READ_ONLY_IN_USE, opened.get().access());
        robot.interact(() -> {
            BorderPane root = new BorderPane(new Label("(the plan's views)"));
            root.setTop(new VBox(NoticeBanner.forPlan(opened.get(), () -> { }).orElseThrow()));
            stage.getScene().setRoot(root);
        });
        String text = robot.lookup("#open-notice-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Open read-only: Ward manager on WARD7-PC since 25/11/2026 "), text);
        Screenshots.save(robot, stage.getScene(), "read-only-notice-banner");
    }

    @Test
    void notAPlanLetsThePersonChooseAnotherFile(FxRobot robot) throws Exception {
        Path good = TestPlans.demoFile(dir.resolve("good"));
        Path zip = Files.write(dir.resolve("papers.waymark"), new byte[]{'P', 'K', 3, 4, 20, 0, 9, 0});
        PlanOpenFlow flow = flow(opener());
        flow.setChooseFile(w -> Optional.of(good));
        robot.interact(() -> flow.open(zip, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#open-problem-message").tryQuery().isPresent());
        assertTrue(robot.lookup("#open-problem-message").queryAs(Label.class).getText().contains("It looks like a zip archive"));
        assertFalse(robot.lookup("Open read-only").tryQuery().isPresent(), "not a plan: nothing to read");
        robot.clickOn("Choose another file…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened.get() != null);
        assertEquals(good, opened.get().session().file());
        assertEquals(OpenedPlan.Access.EDITING, opened.get().access());
    }
}
