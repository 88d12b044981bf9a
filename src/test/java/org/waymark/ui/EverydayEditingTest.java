package org.waymark.ui;

import org.waymark.ui.widgets.Forms;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.waymark.app.ActionHistory;
import org.waymark.app.ActionService;
import org.waymark.app.Identity;
import org.waymark.app.infra.Preferences;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.ui.people.WhoAreYouDialog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** Everyday editing in the real window on real plan files: who you are, history, files, no stale state, keyboard. */
class EverydayEditingTest extends WindowTest {

    Action inProgress(Plan plan) {
        return plan.actions().stream().filter(a -> a.status() == ActionStatus.IN_PROGRESS && a.currentDue() != null && a.override() == null
                && a.signOff() == null && plan.evidenceOf(a.id()).isEmpty()).findFirst().orElseThrow();
    }

    void openAction(FxRobot robot, long id) {
        robot.interact(() -> h.window.openAction(id));
        h.idle();
    }

    void tab(FxRobot robot, String name) {
        robot.clickOn(robot.lookup("#editor-tabs .tab-label").match(LabeledMatchers.hasText(name)).queryLabeled());
        h.idle();
    }

    Node click(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        robot.interact(() -> DesktopClientTest.reveal(n));
        h.idle();
        robot.clickOn(n);
        return n;
    }

    @Test
    void onFirstUseTheWindowAsksWhoYouAreAndEveryChangeRecordsTheNameWithTheAccount(FxRobot robot) {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false, Preferences.defaults(), harness -> harness.dialogs.dialogAnswers.add(d -> {
            assertEquals(WhoAreYouDialog.TITLE, d.getTitle());
            ((javafx.scene.control.RadioButton) d.getDialogPane().lookup("#who-add")).setSelected(true);
            ((TextField) d.getDialogPane().lookup("#who-name")).setText("Sam Carter");
            ((TextField) d.getDialogPane().lookup("#who-role")).setText("Improvement Lead");
            ButtonType ok = d.getDialogPane().getButtonTypes().get(0);
            return ((javafx.util.Callback<ButtonType, Object>) (javafx.util.Callback<?, ?>) d.getResultConverter()).call(ok);
        }));
        String expected = "Sam Carter (" + Identity.osAccount() + ")";
        assertEquals(expected, h.session().user());
        assertEquals(expected, robot.lookup("#status-user").queryAs(Label.class).getText());
        Person sam = h.session().plan().people().stream().filter(p -> p.name().equals("Sam Carter")).findFirst().orElseThrow();
        assertEquals("Improvement Lead", sam.jobTitle());
        assertEquals(expected, h.session().history("person", sam.id()).get(0).who(), "adding yourself is recorded under your name");
        assertTrue(h.session().verifyAudit().intact());
    }

    @Test
    void theAuditCountStaysCurrentAndAFailedOpenLeavesThePlanInPlace(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        h = WindowHarness.open(robot, stage, plan, false);
        Label audit = robot.lookup("#status-audit").queryAs(Label.class);
        long rows = h.session().auditRows();
        assertEquals("Audit chain intact (" + rows + " rows)", audit.getText());
        Action a = inProgress(h.session().plan());
        openAction(robot, a.id());
        robot.interact(() -> h.window.context().orElseThrow().perform(h.window.context().orElseThrow().edits().changeStatus(a.id(), ActionStatus.ON_HOLD), null, null));
        h.idle();
        assertEquals("Audit chain intact (" + (rows + 1) + " rows)", audit.getText(), "the count follows the edit");

        Path notAPlan = Files.writeString(dir.resolve("notes.waymark"), "this is not a plan");
        robot.interact(() -> h.window.open(notAPlan, false));
        // The open problem dialog waits for an answer: cancel it, as a user who picked the wrong file would.
        for (int i = 0; i < 100 && Window.getWindows().stream().noneMatch(w -> w != stage && w.isShowing()); i++) Thread.sleep(100);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList().forEach(Window::hide));
        h.idle();
        assertEquals(plan, h.session().file(), "the plan already open is still the one in charge");
        assertEquals(plan.getFileName().toString(), robot.lookup("#status-file").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#view-register").tryQuery().map(Node::isVisible).orElse(false)
                || robot.lookup("#register-table").tryQuery().isPresent(), "the view is back, not a 'could not be opened' page");
        robot.clickOn("#tool-undo");
        h.idle();
        assertEquals(ActionStatus.IN_PROGRESS, h.session().plan().action(a.id()).orElseThrow().status(), "Undo still acts on the open plan");
    }

    @Test
    void historyIsReadableAndIncludesEvidenceAndAFileCanBeAttached(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        h = WindowHarness.open(robot, stage, plan, false);
        Action a = inProgress(h.session().plan());
        new ActionService(h.session()).changeStatus(a.id(), ActionStatus.ON_HOLD, "Paused for winter");
        Path pdf = Files.write(dir.resolve("board minutes.pdf"), "minutes".getBytes());
        openAction(robot, a.id());
        tab(robot, "Evidence");
        h.dialogs.answers.add(pdf.toString());
        click(robot, "#attach-evidence-file");
        h.idle();
        h.idle();
        assertEquals("board minutes.pdf", h.session().plan().evidenceOf(a.id()).get(0).reference());
        TableView<?> evidence = robot.lookup("#evidence-table").queryAs(TableView.class);
        robot.interact(() -> evidence.getSelectionModel().select(0));
        h.idle();
        assertTrue(robot.lookup("#evidence-file-state").queryAs(Label.class).getText().startsWith("Stored in the plan"),
                robot.lookup("#evidence-file-state").queryAs(Label.class).getText());

        tab(robot, "History");
        @SuppressWarnings("unchecked")
        TableView<ActionHistory.Line> history = robot.lookup("#history-table").queryAs(TableView.class);
        List<ActionHistory.Line> lines = List.copyOf(history.getItems());
        assertTrue(lines.stream().anyMatch(l -> l.what().equals("Status") && l.change().equals("In progress \u2192 On hold")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.what().equals("Evidence added") && l.change().contains("board minutes.pdf")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.what().equals("Evidence: file") && l.change().contains("sha256")), lines.toString());
        assertTrue(robot.lookup("#history-table .history-cell").queryAll().stream()
                .map(n -> (javafx.scene.text.Text) ((javafx.scene.control.TableCell<?, ?>) n).getGraphic()).filter(java.util.Objects::nonNull)
                .allMatch(t -> t.getWrappingWidth() > 0), "long text wraps");
    }

    @Test
    void messagesClearWithTheirCauseAndClosingAsksAboutAnUnappliedStatus(FxRobot robot) {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        Action a = inProgress(h.session().plan());
        openAction(robot, a.id());
        var model = h.register().editor().model();
        tab(robot, "Dates");
        click(robot, "#revise-due-date");
        h.idle();
        assertEquals("Give the reason for the delay.", model.errorText("reason"));
        click(robot, "#field-reason");
        robot.write("Supplier delay");
        assertEquals("", model.errorText("reason"), "the message goes as soon as the field is fixed");
        assertFalse(model.errorText("interimControl").isEmpty(), "other fields keep theirs");

        // Tab leaves the text area; Ctrl+Tab types a tab.
        robot.type(KeyCode.TAB);
        assertEquals("field-interim-control", ((Node) stage.getScene().getFocusOwner()).getId());
        assertFalse(robot.lookup("#field-reason").queryAs(TextArea.class).getText().contains("\t"));
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertEquals("\t", robot.lookup("#field-interim-control").queryAs(TextArea.class).getText());

        // A bad date names the format; d/M/yy is read.
        DatePicker due = robot.lookup("#field-new-due").queryAs(DatePicker.class);
        click(robot, "#field-new-due");
        robot.write("32/13/2026").type(KeyCode.ENTER);
        h.idle();
        assertTrue(Forms.dateProblem(due).get().contains("dd/mm/yyyy"), Forms.dateProblem(due).get());
        robot.interact(() -> due.getEditor().setText(""));
        click(robot, "#field-new-due");
        robot.write("31/1/28").type(KeyCode.ENTER);
        h.idle();
        assertEquals(LocalDate.of(2028, 1, 31), due.getValue());
        assertEquals("", Forms.dateProblem(due).get());
        assertEquals(DayOfWeek.MONDAY, WeekFields.of(Locale.getDefault(Locale.Category.FORMAT)).getFirstDayOfWeek(), "calendars start on Monday");

        // Closing with a status chosen but not applied asks; Apply applies it.
        tab(robot, "Details");
        @SuppressWarnings("unchecked")
        ComboBox<ActionStatus> status = robot.lookup("#field-status").queryAs(ComboBox.class);
        robot.interact(() -> status.setValue(ActionStatus.ON_HOLD));
        robot.interact(() -> due.setValue(null));
        robot.interact(() -> robot.lookup("#field-reason").queryAs(TextArea.class).setText(""));
        robot.interact(() -> robot.lookup("#field-interim-control").queryAs(TextArea.class).setText(""));
        h.dialogs.dialogAnswers.add(d -> null);
        robot.clickOn("#editor-close");
        h.idle();
        assertTrue(h.dialogs.messages.contains("dialog: Unapplied changes"), h.dialogs.messages.toString());
        assertTrue(robot.lookup("#action-editor").tryQuery().map(Node::isVisible).orElse(false), "Cancel keeps the editor open");
        h.dialogs.dialogAnswers.add(d -> d.getDialogPane().getButtonTypes().get(0));
        robot.clickOn("#editor-close");
        h.idle();
        assertEquals(ActionStatus.ON_HOLD, h.session().plan().action(a.id()).orElseThrow().status(), "Apply applied the status");
    }

    @Test
    void ctrlEnterAppliesFromAnyFieldAndTheApproverIsPickedFromPeopleAllowedToApprove(FxRobot robot) {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        Action a = inProgress(h.session().plan());
        openAction(robot, a.id());
        tab(robot, "Dates");
        @SuppressWarnings("unchecked")
        ComboBox<Person> approver = robot.lookup("#field-approved-by").queryAs(ComboBox.class);
        assertFalse(approver.getItems().isEmpty());
        assertTrue(approver.getItems().stream().allMatch(Person::mayApprove), "only people who may approve are offered");
        LocalDate newDue = a.currentDue().plusMonths(1);
        robot.interact(() -> robot.lookup("#field-new-due").queryAs(DatePicker.class).setValue(newDue));
        robot.interact(() -> robot.lookup("#field-interim-control").queryAs(TextArea.class).setText("Weekly review"));
        robot.interact(() -> approver.setValue(approver.getItems().get(0)));
        click(robot, "#field-reason");
        robot.write("Supplier delay");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        h.idle();
        var revisions = h.session().plan().revisionsOf(a.id());
        assertEquals(newDue, h.session().plan().action(a.id()).orElseThrow().currentDue());
        assertEquals(approver.getItems().get(0).name() + " (recorded by " + Identity.osAccount() + ")",
                revisions.stream().filter(r -> r.newDue().equals(newDue)).findFirst().orElseThrow().approvedBy());
    }

    @Test
    void aLongStatusMessageNeverWidensTheWindow(FxRobot robot) {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        double width = stage.getWidth();
        Label user = robot.lookup("#status-user").queryAs(Label.class);
        String longText = "A very long status message ".repeat(20);
        robot.interact(() -> user.setText(longText));
        h.idle();
        assertEquals(width, stage.getWidth(), 0.5);
        assertTrue(user.getWidth() < user.prefWidth(-1), "the text is cut with an ellipsis");
        assertEquals(longText, user.getTooltip().getText());
    }
}
