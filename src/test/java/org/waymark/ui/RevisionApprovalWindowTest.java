package org.waymark.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.app.AuditEntryView;
import org.waymark.app.Identity;
import org.waymark.app.PlanSession;
import org.waymark.app.RevisionRequests;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.DateRevision;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.ui.shell.Theme;
import org.waymark.ui.widgets.Forms;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The Dates tab in the real window on a real plan file: asking for a new date leaves the due date where it is and
 * shows who asked; the asker, not being allowed to approve, sees why the buttons are off; someone allowed approves
 * with a comment, and the date moves.
 */
class RevisionApprovalWindowTest extends WindowTest {

    private Path file;
    private String approver;

    @Test
    void askingLeavesTheDateAndSomeoneAllowedApprovesWithAComment(FxRobot robot) {
        Action a = openWithAction(robot);
        LocalDate due = a.currentDue();
        LocalDate newDue = due.plusMonths(2);
        ask(robot, newDue);

        assertEquals(due, h.session().plan().action(a.id()).orElseThrow().currentDue(), "asking does not move the date");
        assertEquals(Forms.date(due), robot.from(editor(robot)).lookup("#current-due").queryAs(Label.class).getText().substring(0, 10));
        String asker = h.session().user();
        assertEquals("Awaiting approval (asked by " + asker + " on 25/11/2026)", text(robot, "#pending-title"));
        Button approve = robot.from(editor(robot)).lookup("#approve-revision").queryButton();
        assertTrue(approve.isDisabled(), "the asker is not one of the plan's people allowed to approve");
        assertTrue(text(robot, "#pending-why-not").contains("are not in People"), text(robot, "#pending-why-not"));
        assertTrue(robot.from(editor(robot)).lookup("#reject-revision").queryButton().isDisabled());

        // Someone allowed to approve opens the same action.
        robot.interact(() -> h.session().actAs(approver + " (" + Identity.osAccount() + ")"));
        openAction(robot, a.id());
        approve = robot.from(editor(robot)).lookup("#approve-revision").queryButton();
        assertFalse(approve.isDisabled());
        assertTrue(robot.from(editor(robot)).lookup("#pending-why-not").tryQuery().isEmpty(), "no reason shown when they may approve");
        h.dialogs.answers.add("Agreed at the quality committee");
        click(robot, approve);
        h.idle();

        Action moved = h.session().plan().action(a.id()).orElseThrow();
        assertEquals(newDue, moved.currentDue());
        assertTrue(robot.from(editor(robot)).lookup("#current-due").queryAs(Label.class).getText().startsWith(Forms.date(newDue)));
        assertTrue(robot.from(editor(robot)).lookup("#pending-revisions").queryAs(VBox.class).getChildren().isEmpty(), "nothing awaits approval");
        DateRevision approved = h.session().plan().revisionsOf(a.id()).stream().filter(r -> r.newDue().equals(newDue)).findFirst().orElseThrow();
        assertEquals(approver + " (" + Identity.osAccount() + ")", approved.approvedBy());
        List<AuditEntryView> rows = h.session().history("date_revision", approved.id());
        assertEquals(asker, rows.get(0).who());
        AuditEntryView approval = rows.stream().filter(r -> r.field().equals("approvedBy")).findFirst().orElseThrow();
        assertEquals(approver + " (" + Identity.osAccount() + ")", approval.who());
        assertEquals("Agreed at the quality committee", approval.why());

        // One undo step: the revision waits again and the date goes back.
        h.menu("menu-undo");
        assertEquals(due, h.session().plan().action(a.id()).orElseThrow().currentDue());
        assertTrue(h.session().plan().revisionsOf(a.id()).stream().anyMatch(r -> r.pending() && r.newDue().equals(newDue)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withASecondPersonRequiredInPlanSettingsYourOwnRequestCannotBeApproved(FxRobot robot) {
        Action a = openWithAction(robot);
        // The window's user is someone allowed to approve, so only the setting stands in the way.
        robot.interact(() -> h.session().actAs(approver + " (" + Identity.osAccount() + ")"));
        Node recordAsApproved = robot.from(editor(robot)).lookup("#revise-due-date").query();
        assertTrue(shown(recordAsApproved), "a plan file lets a date approved elsewhere be recorded");
        h.dialogs.dialogAnswers.add(d -> {
            javafx.scene.control.CheckBox box = (javafx.scene.control.CheckBox) d.getDialogPane().lookup("#settings-approver-must-differ");
            assertFalse(box.isSelected(), "off by default in a plan file");
            box.setSelected(true);
            ButtonType save = d.getDialogPane().getButtonTypes().get(0);
            return ((Callback<ButtonType, Object>) (Callback<?, ?>) d.getResultConverter()).call(save);
        });
        h.menu("menu-plan-settings");
        assertTrue(new RevisionRequests(h.session()).approverMustDiffer());

        openAction(robot, a.id());
        assertFalse(shown(recordAsApproved), "recording an approval would get round the second person");
        ask(robot, a.currentDue().plusMonths(1));
        assertTrue(robot.from(editor(robot)).lookup("#approve-revision").queryButton().isDisabled());
        assertTrue(text(robot, "#pending-why-not").startsWith("You asked for this revision, so someone else must approve it"), text(robot, "#pending-why-not"));

        h.menu("menu-undo"); // the request
        h.menu("menu-undo"); // the setting
        assertFalse(new RevisionRequests(h.session()).approverMustDiffer());
        assertTrue(h.session().plan().revisionsOf(a.id()).stream().noneMatch(DateRevision::pending));
    }

    @Test
    void theOverviewListsTheRequestsAwaitingApprovalAndEachOpensItsDatesTab(FxRobot robot) throws Exception {
        Action a = openWithAction(robot);
        long before = h.session().plan().actions().stream().mapToLong(x -> h.session().plan().revisionsOf(x.id()).stream().filter(DateRevision::pending).count()).sum();
        LocalDate newDue = a.currentDue().plusMonths(2);
        ask(robot, newDue);
        DateRevision asked = h.session().plan().revisionsOf(a.id()).stream().filter(DateRevision::pending).findFirst().orElseThrow();
        robot.interact(() -> h.register().editor().selectTab("tab-details"));
        h.menu("menu-view-overview");
        waitForOverview(robot);

        javafx.scene.layout.FlowPane line = robot.from(h.window.root()).lookup("#overview-approvals").queryAs(javafx.scene.layout.FlowPane.class);
        long links = line.getChildren().stream().filter(n -> n instanceof javafx.scene.control.Hyperlink).count();
        assertEquals(Math.min(before + 1, 8), links, "every request that waits, up to eight");
        javafx.scene.control.Hyperlink link = robot.from(h.window.root()).lookup("#overview-approval-" + asked.id()).queryAs(javafx.scene.control.Hyperlink.class);
        assertEquals(a.ref() + " to " + Forms.date(newDue) + " (" + asked.shiftText() + ")", link.getText());
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        for (String theme : List.of(Theme.LIGHT, Theme.DARK)) {
            for (int[] size : new int[][]{{1366, 768}, {1600, 1000}}) {
                robot.interact(() -> { Theme.apply(theme); Theme.decorate(stage.getScene().getRoot()); stage.setWidth(size[0]); stage.setHeight(size[1]); });
                h.idle();
                WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                        shots.resolve("overview-approvals-" + theme + "-" + size[0] + "x" + size[1] + ".png").toFile());
            }
        }

        robot.interact(link::fire);
        h.idle();
        assertEquals("register", h.window.currentView().id());
        assertEquals(a.id(), h.register().editor().model().action().get().id());
        javafx.scene.control.TabPane tabs = robot.from(editor(robot)).lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        assertEquals("tab-dates", tabs.getSelectionModel().getSelectedItem().getId(), "straight to where it is approved");

        // approved, it no longer waits
        robot.interact(() -> h.session().actAs(approver + " (" + Identity.osAccount() + ")"));
        openAction(robot, a.id());
        h.dialogs.answers.add("Agreed");
        click(robot, robot.from(editor(robot)).lookup("#approve-revision").queryButton());
        h.idle();
        h.menu("menu-view-overview");
        waitForOverview(robot);
        assertTrue(robot.from(h.window.root()).lookup("#overview-approval-" + asked.id()).tryQuery().isEmpty(), "approved: no longer listed");
        assertEquals(before == 0, robot.from(h.window.root()).lookup("#overview-approvals").tryQuery().isEmpty(), "the line goes when nothing waits");
    }

    private void waitForOverview(FxRobot robot) throws Exception {
        h.idle();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () ->
                !((org.waymark.ui.overview.OverviewView) h.window.view("overview").orElseThrow()).loadingProperty().get());
        h.idle();
    }

    /** Screenshots of the tab with a request pending, in both themes at two sizes, for a person to look at. */
    @Test
    void thePendingRequestFitsAt1366By768AndAt1600By1000InBothThemes(FxRobot robot) throws Exception {
        Action a = openWithAction(robot);
        ask(robot, a.currentDue().plusMonths(2));
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        for (String theme : List.of(Theme.LIGHT, Theme.DARK)) {
            for (int[] size : new int[][]{{1366, 768}, {1600, 1000}}) {
                robot.interact(() -> {
                    Theme.apply(theme);
                    Theme.decorate(stage.getScene().getRoot());
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                h.idle();
                Button reject = robot.from(editor(robot)).lookup("#reject-revision").queryButton();
                Bounds shown = reject.localToScene(reject.getBoundsInLocal());
                assertTrue(shown.getMaxX() <= stage.getScene().getWidth(), "Reject… is inside the window at " + size[0] + "×" + size[1]);
                Label title = robot.from(editor(robot)).lookup("#pending-title").queryAs(Label.class);
                assertTrue(title.getWidth() >= title.prefWidth(-1) - 1 || title.getHeight() > title.getFont().getSize() * 1.8,
                        "the title wraps rather than being cut short");
                WritableImage image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve("dates-pending-" + theme + "-" + size[0] + "x" + size[1] + ".png").toFile());
            }
        }
        // the History tab says the request in the workflow's words
        robot.interact(() -> h.register().editor().selectTab("tab-history"));
        h.idle();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !robot.from(editor(robot)).lookup(".history-text")
                .queryAll().stream().filter(n -> n instanceof javafx.scene.text.Text t && "New due date asked for".equals(t.getText())).toList().isEmpty());
        h.idle();
        WritableImage image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve("history-asked-dark-1600x1000.png").toFile());
        robot.interact(() -> {
            Theme.apply(Theme.LIGHT);
            Theme.decorate(stage.getScene().getRoot());
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        h.idle();
        image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve("history-asked-light-1366x768.png").toFile());
        // a name is never broken inside a word: the When column, with the name beneath the time, holds the longest word it shows
        javafx.scene.control.TableView<?> history = robot.from(editor(robot)).lookup("#history-table").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.text.Text drawn = robot.from(history).lookup(".history-text").queryAll().stream().map(n -> (javafx.scene.text.Text) n)
                .filter(t -> t.getText() != null && t.getText().endsWith("\nImprovement lead (root)")).findFirst().orElseThrow();
        double word = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text("Improvement");
            probe.setFont(drawn.getFont());
            return probe.getLayoutBounds().getWidth();
        }).get();
        assertTrue(drawn.getWrappingWidth() >= word, "\"Improvement\" (" + word + " px) fits the When column's " + drawn.getWrappingWidth() + " px");
    }

    /** A demo plan with someone allowed to approve; the window opens on one in-progress action's Dates tab. */
    private Action openWithAction(FxRobot robot) {
        file = TestPlans.demoFile(dir);
        Action a;
        try (PlanSession s = PlanSession.open(file, false, "setup", TestPlans.CLOCK)) {
            approver = TestPlans.allowed(s, Person.Permission.APPROVE);
            Plan plan = s.plan();
            a = plan.actions().stream().filter(x -> x.status() == ActionStatus.IN_PROGRESS && x.currentDue() != null
                    && plan.revisionsOf(x.id()).stream().noneMatch(DateRevision::pending)).findFirst().orElseThrow();
        }
        h = WindowHarness.open(robot, stage, file, false);
        openAction(robot, a.id());
        robot.interact(() -> h.register().editor().selectTab("tab-dates"));
        h.idle();
        return a;
    }

    private void ask(FxRobot robot, LocalDate newDue) {
        Node editor = editor(robot);
        robot.interact(() -> {
            robot.from(editor).lookup("#field-new-due").queryAs(DatePicker.class).setValue(newDue);
            robot.from(editor).lookup("#field-reason").queryAs(TextArea.class).setText("The supplier moved the installation to the new year");
            robot.from(editor).lookup("#field-interim-control").queryAs(TextArea.class).setText("Weekly manual checks reported to the executive lead");
        });
        click(robot, robot.from(editor).lookup("#request-revision").queryButton());
        h.idle();
        assertTrue(h.session().plan().revisionsOf(h.register().editor().model().action().get().id()).stream()
                .anyMatch(r -> r.pending() && r.newDue().equals(newDue)), "the request was stored as pending: " + h.dialogs.messages);
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    private Node editor(FxRobot robot) { return robot.lookup("#action-editor").query(); }

    private String text(FxRobot robot, String id) { return robot.from(editor(robot)).lookup(id).queryAs(Label.class).getText(); }

    private void openAction(FxRobot robot, long id) {
        robot.interact(() -> h.window.openAction(id));
        h.idle();
    }

    private void click(FxRobot robot, Node n) {
        robot.interact(() -> DesktopClientTest.reveal(n));
        h.idle();
        robot.clickOn(n);
    }
}
