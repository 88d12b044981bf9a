package org.waymark.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.infra.NetworkDrive;
import org.waymark.shared.SharedServer;
import org.waymark.ui.shell.Theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * File › Publish to a shared plan… in the real window, against a real PostgreSQL server: a database that is not empty
 * is refused with the reason and the dialog comes back with everything typed; an empty one receives the plan, audit
 * trail and all, and the window then opens the shared plan. A plan file opened on a network drive offers the same
 * from its banner. Screenshots to look at, beside the other shared-plan ones: the dialog after a refusal in both
 * themes, and the network-drive banner in both themes at 1366×768 and 1600×1000.
 */
@ExtendWith(SharedServer.Extension.class)
class PublishFromWindowTest extends WindowTest {

    private final FxRobot robot = new FxRobot();

    @Test void publishingFromTheFileMenuCopiesThePlanAndOpensItAndANonEmptyDatabaseIsExplainedWithTheFieldsKept(SharedServer server) throws Exception {
        String taken = server.newDatabase();
        server.superuser(taken, "CREATE TABLE someone_elses (id integer)");
        String empty = server.newDatabase();
        // owned by a role of its own, as docs/SHARED.md has waymark_admin own a plan's database; the login may act as it
        String owner = "owner_of_" + empty;
        server.superuser("postgres", "CREATE ROLE " + owner + " NOLOGIN", "ALTER DATABASE " + empty + " OWNER TO " + owner);
        Path file = TestPlans.demoFile(dir);
        h = WindowHarness.open(robot, stage, file, false);
        assertFalse(publishItem().isDisable(), "a plan file can be published");

        List<String> seenSecondTime = new ArrayList<>();
        h.dialogs.dialogAnswers.add(d -> fill(d, server.port(), taken));
        h.dialogs.dialogAnswers.add(d -> {
            assertEquals("publish-dialog", d.getDialogPane().getId());
            for (String id : List.of("#connect-host", "#connect-port", "#connect-database", "#connect-user")) seenSecondTime.add(field(d, id).getText());
            seenSecondTime.add(((Label) d.getDialogPane().lookup("#connect-problem")).getText());
            Shots.dialog(d.getDialogPane(), stage.getScene(), SharedShotsTest.OUT.resolve("publish-dialog-not-empty-light.png"));
            Theme.apply(Theme.DARK);
            Shots.dialog(d.getDialogPane(), stage.getScene(), SharedShotsTest.OUT.resolve("publish-dialog-not-empty-dark.png"));
            Theme.apply(Theme.LIGHT);
            return fill(d, server.port(), empty);
        });
        h.menu("menu-publish");
        h.idle();

        assertEquals(List.of("127.0.0.1", String.valueOf(server.port()), taken, "postgres"), seenSecondTime.subList(0, 4), "what was typed is kept");
        assertTrue(seenSecondTime.get(4).startsWith("Not published: ") && seenSecondTime.get(4).contains("is not empty"), seenSecondTime.get(4));
        assertTrue(h.dialogs.messages.stream().anyMatch(m -> m.startsWith("Published to " + empty + " on 127.0.0.1 (shared)")
                && m.contains("Open the shared plan now?")), h.dialogs.messages.toString());

        // The window now shows the shared plan, and the server holds every audit row of the file, head included.
        assertTrue(h.session().shared(), "the shared plan is open");
        assertEquals("postgresql://postgres@127.0.0.1:" + server.port() + "/" + empty + "?sslmode=prefer", h.session().location());
        assertTrue(publishItem().isDisable(), "a shared plan has nothing to publish");
        String fileHead = one("jdbc:sqlite:" + file, "SELECT count(*) || ' ' || max(id) FROM audit_log");
        try (Connection c = server.superuserConnection(empty)) {
            assertEquals(fileHead, one(c, "SELECT count(*) || ' ' || max(id) FROM audit_log"));
            assertEquals(owner, one(c, "SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables WHERE schemaname = 'public'"),
                    "the database's owner owns the plan's tables, not the login that published");
        }
        assertTrue(Files.exists(file), "the file is left as it was");
    }

    @Test void aPlanOnANetworkDriveOffersToPublishFromItsBanner(SharedServer server) throws Exception {
        String empty = server.newDatabase();
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        // This machine has no network file system to open a plan from, so the opener's finding is given to the window
        // as it would come back for one: a real plan, opened for editing, with the network-drive notice.
        Path other = TestPlans.demoFile(Files.createDirectories(dir.resolve("share")));
        PlanSession session = PlanSession.openAsIs(other, false, "Improvement lead", TestPlans.CLOCK);
        OpenedPlan onShare = new OpenedPlan(session, OpenedPlan.Access.EDITING, null, session.verifyAudit(), null,
                List.of(NetworkDrive.warning(other, "cifs")), true);
        robot.interact(() -> h.window.showOpened(onShare));
        h.idle();

        for (int[] size : new int[][]{{1366, 768}, {1600, 1000}}) {
            for (String theme : List.of(Theme.LIGHT, Theme.DARK)) {
                h.menu("menu-theme-" + theme);
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                h.idle();
                robot.interact(() -> {
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    Shots.write(stage.getScene().snapshot(null), SharedShotsTest.OUT.resolve("network-drive-" + size[0] + "x" + size[1] + "-" + theme + ".png"));
                });
            }
        }
        Button offer = robot.from(h.window.root()).lookup("#notice-publish").queryAs(Button.class);
        assertEquals("Publish to a shared plan…", offer.getText());
        assertTrue(robot.from(h.window.root()).lookup("#open-notice-text").queryAs(Label.class).getText().contains("File › Publish to a shared plan…"));
        h.dialogs.dialogAnswers.add(d -> fill(d, server.port(), empty));
        robot.interact(offer::fire);
        h.idle();

        assertTrue(h.session().shared(), "the shared plan is open: " + h.dialogs.messages);
        try (Connection c = server.superuserConnection(empty)) {
            assertEquals(one("jdbc:sqlite:" + other, "SELECT count(*) FROM audit_log"), one(c, "SELECT count(*) FROM audit_log"));
        }
    }

    private MenuItem publishItem() {
        MenuBar bar = robot.from(h.window.root()).lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(m -> "menu-publish".equals(m.getId())).findFirst().orElseThrow();
    }

    /** Types into the dialog as a person would and presses Publish; its result. */
    private static Object fill(Dialog<?> d, int port, String database) {
        field(d, "#connect-host").setText("127.0.0.1");
        field(d, "#connect-port").setText(String.valueOf(port));
        field(d, "#connect-database").setText(database);
        field(d, "#connect-user").setText("postgres");
        Button publish = (Button) d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        assertEquals("Publish", publish.getText());
        publish.fire();
        return d.getResult();
    }

    private static TextField field(Dialog<?> d, String id) { return (TextField) d.getDialogPane().lookup(id); }

    private static String one(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) { return one(c, sql); }
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
