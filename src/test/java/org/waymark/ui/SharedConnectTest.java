package org.waymark.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.waymark.app.PlanPublish;
import org.waymark.app.TestPlans;
import org.waymark.app.infra.Preferences;
import org.waymark.app.infra.PreferencesStore;
import org.waymark.shared.SharedServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * File › Connect to a shared plan… in the real window, against a real PostgreSQL server: a wrong database name is
 * refused with the store's message and the dialog comes back with everything typed; the right one opens the plan,
 * which then sits in File › Recent as "database on host (shared)" and opens again from there after a restart.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedConnectTest extends WindowTest {

    private final FxRobot robot = new FxRobot();

    @Test void connectingOpensASharedPlanAndAWrongDatabaseNameIsExplainedWithTheFieldsKept(SharedServer server) throws Exception {
        String database = server.newDatabase();
        Path file = TestPlans.demoFile(dir);
        assertTrue(PlanPublish.publish(file, server.location(database), "tester", TestPlans.CLOCK).verified());
        h = WindowHarness.open(robot, stage, file, false);
        List<String> seenSecondTime = new ArrayList<>();
        h.dialogs.dialogAnswers.add(d -> connect(d, String.valueOf(server.port()), "no_such_plan"));
        h.dialogs.dialogAnswers.add(d -> {
            seenSecondTime.add(field(d, "#connect-host").getText());
            seenSecondTime.add(field(d, "#connect-port").getText());
            seenSecondTime.add(field(d, "#connect-database").getText());
            seenSecondTime.add(field(d, "#connect-user").getText());
            seenSecondTime.add(((Label) d.getDialogPane().lookup("#connect-problem")).getText());
            return connect(d, String.valueOf(server.port()), database);
        });
        h.menu("menu-connect");
        h.idle();

        assertEquals(List.of("127.0.0.1", String.valueOf(server.port()), "no_such_plan", "postgres"), seenSecondTime.subList(0, 4), "what was typed is kept");
        assertTrue(seenSecondTime.get(4).contains("There is no such database on the server") && seenSecondTime.get(4).contains("Check the database name"),
                seenSecondTime.get(4));
        assertTrue(h.session().shared(), "the shared plan is open");
        String address = "postgresql://postgres@127.0.0.1:" + server.port() + "/" + database + "?sslmode=prefer";
        assertEquals(address, h.session().location());
        assertEquals(database + " on 127.0.0.1 (shared)", robot.from(h.window.root()).lookup("#status-file").queryAs(Label.class).getText());

        // Recent, written to the preferences file and read back as the next start would.
        Preferences prefs = h.window.context().orElseThrow().preferences().get();
        assertEquals(address, prefs.recentFiles().get(0));
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"));
        store.save(prefs);
        assertFalse(Files.readString(dir.resolve("preferences.json")).toLowerCase().contains("password"));
        Preferences reloaded = store.load();
        h.close();

        h = WindowHarness.open(robot, stage, file, false, reloaded, x -> { });
        assertFalse(h.session().shared());
        MenuItem item = recentItems().stream().filter(m -> m.getText().equals(database + " on 127.0.0.1 (shared)")).findFirst()
                .orElseThrow(() -> new AssertionError("not in Recent: " + recentItems().stream().map(MenuItem::getText).toList()));
        robot.interact(item::fire);
        h.idle();
        assertTrue(h.session().shared());
        assertEquals(address, h.session().location());
    }

    @Test void aPortThatIsNotANumberIsRefusedInTheDialog(SharedServer server) {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        List<String> problems = new ArrayList<>();
        h.dialogs.dialogAnswers.add(d -> {
            Object result = connect(d, "54x2", "plan");
            problems.add(((Label) d.getDialogPane().lookup("#connect-problem")).getText());
            assertNull(result, "the dialog stays open");
            return null;
        });
        h.menu("menu-connect");
        assertEquals("\u201c54x2\u201d is not a port number: use a number from 1 to 65535 (PostgreSQL's is usually 5432).", problems.get(0));
        assertFalse(h.session().shared());
    }

    @Test void choosingVerifyFullSaysWhereTheRootCertificateGoes(SharedServer server) {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        List<Boolean> shown = new ArrayList<>();
        h.dialogs.dialogAnswers.add(d -> {
            Label help = (Label) d.getDialogPane().lookup("#connect-tls-help");
            @SuppressWarnings("unchecked")
            javafx.scene.control.ChoiceBox<String> tls = (javafx.scene.control.ChoiceBox<String>) d.getDialogPane().lookup("#connect-tls");
            shown.add(help.isVisible());
            tls.setValue("verify-full");
            shown.add(help.isVisible());
            assertTrue(help.getText().contains("root.crt"), help.getText());
            Shots.dialog(d.getDialogPane(), stage.getScene(), SharedShotsTest.OUT.resolve("connect-dialog-verify-full.png"));
            return null;
        });
        h.menu("menu-connect");
        assertEquals(List.of(false, true), shown, "said only when the certificate is checked");
    }

    private List<MenuItem> recentItems() {
        MenuBar bar = robot.from(h.window.root()).lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(m -> "menu-recent".equals(m.getId())).findFirst().map(m -> ((Menu) m).getItems())
                .orElseThrow();
    }

    /** Types into the dialog as a person would and presses Connect; its result (null while it refuses). */
    private static Object connect(Dialog<?> d, String port, String database) {
        field(d, "#connect-host").setText("127.0.0.1");
        field(d, "#connect-port").setText(port);
        field(d, "#connect-database").setText(database);
        field(d, "#connect-user").setText("postgres");
        ((Button) d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0))).fire();
        return d.getResult();
    }

    private static TextField field(Dialog<?> d, String id) { return (TextField) d.getDialogPane().lookup(id); }
}
