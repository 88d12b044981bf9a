package org.waymark.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.app.PlanPublish;
import org.waymark.app.TestPlans;
import org.waymark.app.infra.Preferences;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.shared.SharedServer;
import org.waymark.ui.shell.Theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two windows on one shared plan, as two people (akhan and jsmith) on a real PostgreSQL server: akhan changes an
 * action's status in one, and the other shows it (register, status bar, and a warning in its editor, which has the
 * same action open with something typed). Saved under target/shared-shots at 1366×768 and 1600×1000 in the light
 * and dark themes, with the Connect dialog and the "server cannot be reached" state, to be looked at.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedShotsTest extends WindowTest {

    static final Path OUT = Path.of("target", "shared-shots");

    private final FxRobot robot = new FxRobot();

    @Test void twoWindowsOnOneSharedPlan(SharedServer server) throws Exception {
        String database = server.newDatabase();
        assertTrue(PlanPublish.publish(TestPlans.demoFile(dir), server.location(database), "tester", TestPlans.CLOCK).verified());
        SharedLogins logins = new SharedLogins(server, database, dir, "akhan", "jsmith");
        Files.createDirectories(OUT);
        Stage second = onFxStage();
        WindowHarness other = null;
        try {
            h = WindowHarness.openShared(robot, stage, server.location("akhan", database), dir, Preferences.defaults().withUserName("Aisha Khan"));
            other = WindowHarness.openShared(robot, second, server.location("jsmith", database), dir, Preferences.defaults().withUserName("Jo Smith"));
            WindowHarness b = other;
            Action a = h.session().plan().actions().stream().filter(x -> x.status() == ActionStatus.IN_PROGRESS).findFirst().orElseThrow();
            robot.interact(() -> { h.window.openAction(a.id()); b.window.openAction(a.id()); });
            h.idle();
            b.idle();
            TextField title = robot.from(b.register().node()).lookup("#field-title").queryAs(TextField.class);
            robot.interact(() -> title.setText(a.title() + " (with the estates team)"));
            List<ActionStatus> next = new ArrayList<>(List.of(ActionStatus.ON_HOLD, ActionStatus.IN_PROGRESS, ActionStatus.ON_HOLD, ActionStatus.IN_PROGRESS));
            for (int[] size : new int[][]{{1366, 768}, {1600, 1000}}) {
                for (String theme : List.of(Theme.LIGHT, Theme.DARK)) {
                    h.menu("menu-theme-" + theme);
                    robot.interact(() -> { for (Stage s : List.of(stage, second)) { s.setWidth(size[0]); s.setHeight(size[1]); } });
                    PlanContext ctx = h.window.context().orElseThrow();
                    ActionStatus to = next.remove(0);
                    robot.interact(() -> ctx.perform(ctx.edits().changeStatus(a.id(), to), () -> { }, h.failures::add));
                    h.idle();
                    WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                            robot.from(b.window.root()).lookup("#editor-changed-bar").query().isVisible()
                                    && b.register().editor().model().action().get().status() == to).get());
                    b.idle();
                    String name = size[0] + "x" + size[1] + "-" + theme;
                    shoot(stage.getScene(), "akhan-changes-" + name);
                    shoot(second.getScene(), "jsmith-sees-it-" + name);
                    assertEquals(a.title() + " (with the estates team)", WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<String>) title::getText).get());
                }
            }
            shootConnectDialog(server.port());
            server.superuser("postgres", "ALTER DATABASE " + database + " ALLOW_CONNECTIONS false",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    robot.from(b.window.root()).lookup("#server-away-banner").tryQuery().isPresent()).get());
            shoot(second.getScene(), "server-away-1600x1000-dark");
            assertTrue(h.failures.isEmpty() && b.failures.isEmpty(), h.failures + " " + b.failures);
        } finally {
            server.superuser("postgres", "ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            if (other != null) other.close();
            robot.interact(second::close);
            logins.close();
        }
    }

    private Stage onFxStage() throws Exception { return WaitForAsyncUtils.asyncFx((java.util.concurrent.Callable<Stage>) Stage::new).get(); }

    /** The real dialog as File › Connect shows it: filled in, then again after a wrong database name. */
    private void shootConnectDialog(int port) {
        h.dialogs.dialogAnswers.add(d -> {
            ((TextField) d.getDialogPane().lookup("#connect-host")).setText("127.0.0.1");
            ((TextField) d.getDialogPane().lookup("#connect-port")).setText(String.valueOf(port));
            ((TextField) d.getDialogPane().lookup("#connect-database")).setText("waymark_plna");
            ((TextField) d.getDialogPane().lookup("#connect-user")).setText("akhan");
            snapshot(d.getDialogPane(), "connect-dialog");
            ((javafx.scene.control.Button) d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0))).fire();
            return d.getResult();
        });
        h.dialogs.dialogAnswers.add(d -> {
            snapshot(d.getDialogPane(), "connect-dialog-wrong-database");
            return null;
        });
        h.menu("menu-connect");
        h.idle();
    }

    private void snapshot(javafx.scene.control.DialogPane pane, String name) { Shots.dialog(pane, stage.getScene(), OUT.resolve(name + ".png")); }

    private void shoot(Scene scene, String name) {
        h.idle();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            Shots.write(scene.snapshot(null), OUT.resolve(name + ".png"));
        });
    }
}
