package org.waymark.ui;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.ui.widgets.Forms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keyboard-only flows in the real window on real plan files, with no mouse event at all (a filter on
 * the scene records any press, click, drag or scroll and the test fails if there is one): open a plan; find an
 * action; post an update; change its status; add, verify and sign off evidence until it is Blue; revise its due
 * date; export the board pack; move between every view.
 */
class KeyboardOnlyTest extends WindowTest {

    @Test
    void aKeyboardUserDrivesAnActionFromFindToBlueThenExportsThePack(FxRobot robot) throws Exception {
        org.waymark.Main.wire();
        Path first = TestPlans.demoFile(Files.createDirectories(dir.resolve("first")));
        Path second = TestPlans.demoFile(Files.createDirectories(dir.resolve("second")));
        h = WindowHarness.open(robot, stage, first, false);
        List<EventType<?>> mouse = new ArrayList<>();
        for (EventType<? extends Event> t : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED, MouseEvent.MOUSE_DRAGGED, ScrollEvent.SCROLL)) {
            stage.getScene().addEventFilter(t, e -> mouse.add(e.getEventType()));
        }
        Keyboard keys = new Keyboard(robot, stage.getScene(), h::idle);

        // Open a plan: Ctrl+O, the file chooser answers with the second plan.
        h.dialogs.answers.add(second.toString());
        keys.chord(KeyCode.CONTROL, KeyCode.O);
        assertEquals(second, h.session().file(), "Ctrl+O opened the chosen plan");

        // Find an action: Ctrl+F, type its ref, Down to the table, Enter opens it.
        Plan plan = h.session().plan();
        Action target = plan.actions().stream()
                .filter(a -> a.status() == ActionStatus.IN_PROGRESS && a.currentDue() != null && a.override() == null && a.signOff() == null)
                .filter(a -> plan.evidenceOf(a.id()).isEmpty()).findFirst().orElseThrow();
        long id = target.id();
        keys.chord(KeyCode.CONTROL, KeyCode.F);
        keys.write(target.ref());
        keys.type(KeyCode.DOWN);
        keys.type(KeyCode.ENTER);
        assertEquals(target, h.register().editor().model().action().get(), "Enter opened the found action");
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);

        // Post an update: Ctrl+Shift+U, type, Tab to the progress, Enter posts.
        int updates = plan.updatesOf(id).size();
        keys.chord(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        keys.write("Two of four posts filled.");
        keys.type(KeyCode.TAB);
        keys.write("50");
        keys.type(KeyCode.ENTER);
        assertEquals(updates + 1, h.session().plan().updatesOf(id).size(), "the update was posted");
        assertEquals(50, now(id).progress());

        // Change the status to Complete.
        keys.editorTab(tabs, "tab-details");
        keys.choose("field-status", s -> s == ActionStatus.COMPLETE);
        keys.press("change-status");
        assertEquals(ActionStatus.COMPLETE, now(id).status());

        // Evidence: add it, select it in the table, verify it, sign the action off: it turns Blue.
        keys.editorTab(tabs, "tab-evidence");
        keys.tabTo("field-evidence-reference");
        keys.write("Quality committee minutes, item 7");
        keys.press("add-evidence");
        assertEquals(1, h.session().plan().evidenceOf(id).size(), "the evidence was added");
        TableView<?> evidence = (TableView<?>) keys.tabTo("evidence-table");
        keys.type(KeyCode.HOME);
        if (evidence.getSelectionModel().isEmpty()) keys.type(KeyCode.SPACE);
        assertEquals(0, evidence.getSelectionModel().getSelectedIndex(), "the evidence row is selected from the keyboard");
        keys.choose("field-verified-by", p -> p instanceof Person);
        keys.press("verify-evidence");
        assertTrue(h.session().plan().evidenceOf(id).get(0).verified(), "the evidence was verified");
        keys.choose("field-signed-off-by", p -> p instanceof Person);
        keys.press("sign-off");
        assertEquals(Brag.BLUE, h.session().plan().brag(now(id), h.session().today()).brag(), "complete, verified and signed off is Blue");

        // Request a date revision with its reason, interim control and approver.
        keys.editorTab(tabs, "tab-dates");
        int revisions = h.session().plan().revisionsOf(id).size();
        LocalDate newDue = now(id).currentDue().plusDays(30);
        keys.tabTo("field-new-due");
        keys.write(Forms.date(newDue));
        keys.type(KeyCode.ENTER);
        keys.tabTo("field-reason");
        keys.write("Recruitment panel moved");
        keys.tabTo("field-interim-control");
        keys.write("Weekly staffing huddle");
        keys.choose("field-approved-by", p -> p instanceof Person);
        keys.press("revise-due-date");
        assertEquals(revisions + 1, h.session().plan().revisionsOf(id).size(), "the revision was recorded");
        assertEquals(newDue, now(id).currentDue());
        keys.type(KeyCode.ESCAPE);

        // Export the board pack: Ctrl+P, Tab to Export, Space; the save dialog answers with a path.
        Path pack = dir.resolve("board pack.pdf");
        h.dialogs.answers.add(pack.toString());
        keys.chord(KeyCode.CONTROL, KeyCode.P);
        assertEquals("board-pack", h.window.currentView().id());
        keys.press("pack-export");
        for (int i = 0; i < 60 && !Files.exists(pack); i++) { Thread.sleep(500); h.idle(); }
        assertTrue(Files.exists(pack), "the pack was exported: " + h.dialogs.messages);
        assertEquals("%PDF", new String(Files.readAllBytes(pack), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        // Every view with a shortcut (Ctrl+1 to Ctrl+9) by it, then every view through the navigation list with the arrow keys.
        List<Views.Entry> views = Views.all();
        for (int i = 0; i < Math.min(9, views.size()); i++) {
            keys.chord(KeyCode.CONTROL, KeyCode.valueOf("DIGIT" + (i + 1)));
            assertEquals(views.get(i).id(), h.window.currentView().id(), "Ctrl+" + (i + 1));
        }
        keys.tabTo("navigation");
        keys.type(KeyCode.HOME);
        assertEquals(views.get(0).id(), h.window.currentView().id());
        for (int i = 1; i < views.size(); i++) {
            keys.type(KeyCode.DOWN);
            assertEquals(views.get(i).id(), h.window.currentView().id(), "Down in the navigation");
        }

        assertEquals(List.of(), mouse, "no mouse event at all");
        assertTrue(h.failures.isEmpty(), h.failures.toString());
        assertTrue(h.session().verifyAudit().intact());
    }

    private Action now(long id) { return h.session().plan().action(id).orElseThrow(); }
}
