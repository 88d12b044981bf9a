package org.waymark.ui.reliability;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.ui.ViewTesting;
import org.waymark.app.ActionService;
import org.waymark.app.infra.BackupInfo;
import org.waymark.app.infra.Backups;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanException;
import org.waymark.app.PlanOpener;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** The three reliability components, headless, on real plan files and real backups. */
@ExtendWith(ApplicationExtension.class)
class ReliabilityUiTest {

    @TempDir Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new BorderPane(), 900, 200));
        stage.show();
    }

    static void sql(Path file, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) { c.createStatement().execute(statement); }
    }

    @Test
    void theBannerStatesTheBreakAndOffersARestore(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        sql(plan, "UPDATE audit_log SET new_value = 'GREEN' WHERE id = 20");
        OpenedPlan opened = new PlanOpener(new Backups(dir.resolve("b"), 2, Clock.systemUTC()), Clock.systemUTC()).open(plan, false, "PMO lead", TestPlans.CLOCK);
        AtomicBoolean restoreAsked = new AtomicBoolean();
        try (var s = opened.session()) {
            robot.interact(() -> {
                AuditBrokenBanner banner = AuditBrokenBanner.forPlan(opened).orElseThrow();
                banner.setOnRestore(() -> restoreAsked.set(true));
                BorderPane root = new BorderPane(new Label("(the plan's views)"));
                root.setTop(banner);
                stage.getScene().setRoot(root);
            });
            assertTrue(robot.lookup("#audit-broken-text").queryAs(Label.class).getText().startsWith("The audit trail of this plan is broken at row 20"));
            robot.clickOn("#audit-broken-restore");
            assertTrue(restoreAsked.get());
            Screenshots.save(robot, stage.getScene(), "audit-broken-banner");
        }
        try (PlanSession healthy = TestPlans.empty(dir.resolve("ok"))) {
            assertTrue(AuditBrokenBanner.forPlan(new PlanOpener(new Backups(dir.resolve("b"), 2, Clock.systemUTC()), Clock.systemUTC())
                    .open(dir.resolve("x").resolveSibling("ok").resolve("plan.waymark"), true, "r", TestPlans.CLOCK)).isEmpty(), "no banner for a sound trail");
        }
    }

    @Test
    void theOpenProblemDialogOffersTheWaysOutThatFitTheProblem(FxRobot robot) throws Exception {
        Path file = Files.write(dir.resolve("board pack.waymark"), new byte[]{'P', 'K', 3, 4, 9, 0});
        PlanException damaged = new PlanException(PlanException.Kind.DAMAGED, "board pack.waymark is damaged: SQLite reports \"database disk image is malformed\". "
                + "The file has not been changed. Restore a backup (File › Restore backup…), or open it read-only to see what can still be read.", null);
        AtomicReference<OpenProblemDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(new OpenProblemDialog(file, damaged, true));
            dialog.get().initOwner(stage);
            dialog.get().show();
        });
        assertEquals(damaged.getMessage(), robot.lookup("#open-problem-message").queryAs(Label.class).getText());
        assertTrue(robot.lookup("Open read-only").tryQuery().isPresent());
        assertTrue(robot.lookup("Restore a backup…").tryQuery().isPresent());
        Screenshots.save(robot, dialog.get().getDialogPane().getScene(), "open-problem-dialog");
        robot.clickOn("Open read-only");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(OpenProblemDialog.Choice.OPEN_READ_ONLY, dialog.get().getResult());

        PlanException newer = new PlanException(PlanException.Kind.NEWER_VERSION, "saved by a newer version", null);
        assertEquals(List.of(OpenProblemDialog.CHOOSE_ANOTHER, javafx.scene.control.ButtonType.CANCEL), OpenProblemDialog.buttons(newer.kind(), true),
                "a newer file is sound: no read-only of a format we do not know, no restore");
        assertFalse(OpenProblemDialog.buttons(PlanException.Kind.NOT_A_PLAN, false).contains(OpenProblemDialog.RESTORE_BACKUP), "no restore without backups");
    }

    @Test
    void theRestoreDialogShowsHealthRefusesAnUnsoundBackupAndRestoresASoundOne(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Backups backups = new Backups(dir.resolve("backups"), 5, Clock.systemUTC());
        Path sound = backups.take(plan, Backups.ON_OPEN);
        try (PlanSession s = PlanSession.open(plan, false, "PMO lead", TestPlans.CLOCK)) {
            new ActionService(s).add(new Action(0, "LATE-1", "Added after the good backup", "", null, null, null, null, null, null, null, null, ActionStatus.NOT_STARTED, 0, null, null));
        }
        Thread.sleep(5);
        Path tampered = backups.take(plan, Backups.ON_OPEN);
        sql(tampered, "DELETE FROM audit_log WHERE id = 5");

        AtomicBoolean closedFirst = new AtomicBoolean();
        AtomicReference<RestoreBackupDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(new RestoreBackupDialog(plan, backups, "PMO lead", () -> closedFirst.set(!javafx.application.Platform.isFxApplicationThread()), ViewTesting.EXECUTOR));
            dialog.get().initOwner(stage);
            dialog.get().show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("Not sound").tryQuery().isPresent() && robot.lookup("Sound").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        List<BackupInfo> rows = dialog.get().rows();
        assertEquals(List.of(tampered, sound), rows.stream().map(BackupInfo::file).toList());
        Button restore = robot.lookup("#restore-button").queryButton();
        assertFalse(restore.isDisabled(), "the newest sound backup is chosen for you");
        Screenshots.save(robot, dialog.get().getDialogPane().getScene(), "restore-backup-dialog");

        robot.interact(() -> dialog.get().rows().stream().filter(b -> b.file().equals(tampered)).findFirst()
                .ifPresent(b -> robot.lookup("#backup-table").queryTableView().getSelectionModel().select(b)));
        assertTrue(restore.isDisabled(), "an unsound backup cannot be restored");
        robot.interact(() -> robot.lookup("#backup-table").queryTableView().getSelectionModel().select(1));
        assertFalse(restore.isDisabled());
        robot.clickOn("#restore-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog.get().getResult() != null);

        assertTrue(closedFirst.get(), "the current plan was closed, off the FX thread, before the restore");
        assertEquals(sound, dialog.get().getResult().backup());
        try (PlanSession s = PlanSession.open(plan, true, "r", TestPlans.CLOCK)) {
            assertTrue(s.plan().actions().stream().noneMatch(a -> a.ref().equals("LATE-1")));
            assertTrue(s.verifyAudit().intact());
        }
    }
}
