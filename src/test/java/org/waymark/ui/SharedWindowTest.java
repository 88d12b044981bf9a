package org.waymark.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.app.ActionService;
import org.waymark.app.PlanPublish;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.infra.Preferences;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.shared.SharedServer;
import org.waymark.ui.register.RegisterRow;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The real window on a shared plan on a real PostgreSQL server, with another person (the login akhan, whose
 * password is in a .pgpass file) changing it through their own session: the window follows within 2 s, names them,
 * warns in the editor without losing what was typed, and pauses while the plan's database cannot be reached.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedWindowTest extends WindowTest {

    private final FxRobot robot = new FxRobot();
    private SharedServer server;
    private String database;
    private SharedLogins logins;

    @BeforeEach
    void sharedPlan(SharedServer server) throws Exception {
        this.server = server;
        database = server.newDatabase();
        assertTrue(PlanPublish.publish(TestPlans.demoFile(dir), server.location(database), "tester", TestPlans.CLOCK).verified());
        logins = new SharedLogins(server, database, dir, "akhan");
    }

    @AfterEach
    void putBack() {
        server.superuser("postgres", "ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        logins.close();
    }

    private WindowHarness window() {
        h = WindowHarness.openShared(robot, stage, server.location(database), dir, Preferences.defaults().withUserName("Improvement lead"));
        return h;
    }

    private PlanSession akhan() { return PlanSession.open(server.location("akhan", database), false, "akhan", TestPlans.CLOCK); }

    @Test void anotherPersonsChangeShowsInTheRegisterWithin2SecondsNamingThem() throws Exception {
        window();
        robot.interact(() -> h.window.showView("register"));
        h.idle();
        Action a = h.session().plan().actions().stream().filter(x -> x.status() == ActionStatus.IN_PROGRESS).findFirst().orElseThrow();
        assertEquals(ActionStatus.IN_PROGRESS, row(a.id()).status());
        try (PlanSession other = akhan()) {
            new ActionService(other).changeStatus(a.id(), ActionStatus.ON_HOLD, "Waiting for estates");
        }
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> onFx(() -> row(a.id()).status() == ActionStatus.ON_HOLD));
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> onFx(() -> text("#status-last-change").startsWith("akhan changed " + a.ref() + "'s status at ")));
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }

    @Test void theEditorWarnsWhenItsActionChangesUnderneathAndKeepsWhatWasTyped() throws Exception {
        window();
        Action a = h.session().plan().actions().get(2);
        robot.interact(() -> h.window.openAction(a.id()));
        h.idle();
        TextField title = robot.from(h.register().node()).lookup("#field-title").queryAs(TextField.class);
        robot.interact(() -> title.setText("My better title"));
        assertFalse(robot.from(h.register().node()).lookup("#editor-changed-bar").query().isVisible());
        try (PlanSession other = akhan()) {
            Action theirs = other.plan().action(a.id()).orElseThrow();
            new ActionService(other).editDetails(theirs, retitled(theirs, "Their title"), "Details edited");
        }
        Node bar = robot.from(h.register().node()).lookup("#editor-changed-bar").query();
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> onFx(bar::isVisible));
        String warning = onFx(() -> text("#editor-changed-text"));
        assertTrue(warning.startsWith("akhan changed " + a.ref() + "'s title at "), warning);
        assertTrue(warning.contains("What you typed here is kept"), warning);
        assertEquals("My better title", onFx(title::getText), "someone else's change never overwrites what was typed");
        assertEquals("Their title", h.session().plan().action(a.id()).orElseThrow().title(), "the plan itself is up to date");
    }

    @Test void whenTheDatabaseCannotBeReachedTheWindowPausesKeepsTypingAndRecoversByItself() throws Exception {
        window();
        Action a = h.session().plan().actions().stream().filter(x -> x.status() == ActionStatus.IN_PROGRESS).findFirst().orElseThrow();
        robot.interact(() -> h.window.openAction(a.id()));
        h.idle();
        TextField title = robot.from(h.register().node()).lookup("#field-title").queryAs(TextField.class);
        robot.interact(() -> title.setText("Typed before the outage"));
        PlanContext ctx = h.window.context().orElseThrow();

        // The plan's database refuses every connection and the window's are cut: to the window, its server is gone.
        server.superuser("postgres", "ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
        server.superuser("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> onFx(() -> robot.from(h.window.root()).lookup("#server-away-banner").tryQuery().isPresent()));
        assertEquals("The shared plan's server cannot be reached. Your typing is kept; changes are paused until it is back.", onFx(() -> text("#server-away-text")));
        assertTrue(onFx(() -> ctx.readOnly().get()), "edits are blocked");
        assertTrue(onFx(title::isDisabled));
        assertEquals("Typed before the outage", onFx(title::getText));
        assertTrue(onFx(() -> text("#status-mode")).startsWith("Paused"));
        assertEquals("Paused: changes wait for the server", onFx(() -> text("#read-only-badge")), "for now, not for good");

        server.superuser("postgres", "ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        try (PlanSession other = akhan()) {
            new ActionService(other).changeStatus(a.id(), ActionStatus.ON_HOLD, "Changed while the window was cut off");
        }
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> robot.from(h.window.root()).lookup("#server-away-banner").tryQuery().isEmpty()));
        assertFalse(onFx(() -> ctx.readOnly().get()));
        assertFalse(onFx(() -> robot.from(h.window.root()).lookup("#read-only-badge").query().isVisible()));
        assertEquals("Typed before the outage", onFx(title::getText));
        h.idle();
        assertEquals(ActionStatus.ON_HOLD, h.session().plan().action(a.id()).orElseThrow().status(), "what changed while away is there");
        // and the window writes again, through its own new connection
        robot.interact(() -> ctx.perform(ctx.edits().changeStatus(a.id(), ActionStatus.IN_PROGRESS), () -> { }, h.failures::add));
        h.idle();
        try (PlanSession other = akhan()) {
            assertEquals(ActionStatus.IN_PROGRESS, other.plan().action(a.id()).orElseThrow().status());
        }
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }

    private RegisterRow row(long actionId) {
        @SuppressWarnings("unchecked")
        TableView<RegisterRow> table = robot.from(h.register().node()).lookup("#register-table").queryAs(TableView.class);
        return table.getItems().stream().filter(r -> r.actionId() == actionId).findFirst().orElseThrow();
    }

    @Test void aViewerLoginsWindowOpensReadOnlyAndSaysWhy() throws Exception {
        server.superuser(database, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader') THEN "
                + "CREATE ROLE reader LOGIN PASSWORD 'reader-password'; END IF; END $$", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader");
        java.nio.file.Files.writeString(dir.resolve("pgpass"), "127.0.0.1:" + server.port() + ":*:reader:reader-password\n",
                java.nio.file.StandardOpenOption.APPEND);
        h = WindowHarness.openShared(robot, stage, server.location("reader", database), dir, Preferences.defaults().withUserName("Board member"));
        assertTrue(h.session().readOnly(), "the window does not offer edits the database would refuse");
        String notice = onFx(() -> text("#open-notice-text"));
        assertTrue(notice.contains("your database login (reader) may read this plan but not change it"), notice);
        assertTrue(notice.contains("waymark_editor"), notice);
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }

    private String text(String id) { return robot.from(h.window.root()).lookup(id).queryAs(Label.class).getText(); }

    private static <T> T onFx(Callable<T> c) throws Exception { return WaitForAsyncUtils.asyncFx(c).get(5, TimeUnit.SECONDS); }

    static Action retitled(Action a, String title) {
        return new Action(a.id(), a.ref(), title, a.description(), a.requirementId(), a.themeId(), a.executiveLeadId(), a.operationalLeadId(),
                a.committeeId(), a.start(), a.originalDue(), a.currentDue(), a.status(), a.progress(), a.override(), a.signOff());
    }
}
