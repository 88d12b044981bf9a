package org.waymark.ui;

import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.waymark.app.AuditEntryView;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.domain.Priority;
import org.waymark.domain.ProgressUpdate;
import org.waymark.ui.editor.ActionEditorModel;
import org.waymark.ui.register.RegisterRow;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real main window, headless, on a real demo plan file: the "done when" flows. */
class DesktopClientTest extends WindowTest {

    @Test
    void filtersTheRegisterToOneOwnersOverdueMustDos(FxRobot robot) {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        robot.clickOn("#nav-register");
        h.idle();
        Plan plan = h.session().plan();
        LocalDate today = h.session().today();
        // The owner with the most overdue must-dos, worked out from the domain, not from the table.
        Map<Long, Set<String>> overdueMustByOwner = plan.people().stream().collect(Collectors.toMap(Person::id, p -> plan.actions().stream()
                .filter(a -> a.overdue(today))
                .filter(a -> plan.requirement(a.requirementId()).map(r -> r.priority() == Priority.MUST).orElse(false))
                .filter(a -> Long.valueOf(p.id()).equals(a.executiveLeadId()) || Long.valueOf(p.id()).equals(a.operationalLeadId()))
                .map(Action::ref).collect(Collectors.toSet())));
        Person owner = plan.people().stream().max(Comparator.comparing(p -> overdueMustByOwner.get(p.id()).size())).orElseThrow();
        Set<String> expected = overdueMustByOwner.get(owner.id());
        assertFalse(expected.isEmpty(), "the demo plan has overdue must-dos");

        choose(robot, "#filter-owner", owner.name());
        choose(robot, "#filter-priority", Priority.MUST.label());
        robot.clickOn("#filter-overdue");
        h.idle();

        Set<String> shown = tableRows(robot).stream().map(RegisterRow::ref).collect(Collectors.toSet());
        assertEquals(expected, shown);
        assertTrue(tableRows(robot).stream().allMatch(r -> r.overdue() && r.priority() == Priority.MUST && r.ownedBy(owner.id())));
        assertEquals(expected.size() + " of " + plan.actions().size() + " actions shown", robot.lookup("#register-count").queryAs(Label.class).getText());

        robot.clickOn("#clear-filters");
        h.idle();
        assertEquals(plan.actions().size(), tableRows(robot).size());

        // Sorting: descending by reference, and the filter keeps the sort.
        Label refHeader = robot.lookup("#register-table .column-header .label").match(LabeledMatchers.hasText("Ref")).queryAs(Label.class);
        robot.clickOn(refHeader).clickOn(refHeader);
        h.idle();
        String highest = plan.actions().stream().map(Action::ref).max(Comparator.naturalOrder()).orElseThrow();
        assertEquals(highest, tableRows(robot).get(0).ref());
        robot.clickOn("#filter-overdue");
        h.idle();
        List<String> overdueRefs = tableRows(robot).stream().map(RegisterRow::ref).toList();
        assertEquals(overdueRefs.stream().sorted(Comparator.reverseOrder()).toList(), overdueRefs);
    }

    @Test
    void editsAnActionThroughEveryTabThenUndoesAndRedoesEachStep(FxRobot robot) {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        Plan plan = h.session().plan();
        Action target = plan.actions().stream()
                .filter(a -> a.status() == ActionStatus.IN_PROGRESS && a.currentDue() != null && a.override() == null && a.signOff() == null)
                .filter(a -> plan.evidenceOf(a.id()).isEmpty())
                .findFirst().orElseThrow();
        long id = target.id();
        int updatesBefore = plan.updatesOf(id).size();
        int revisionsBefore = plan.revisionsOf(id).size();
        openInEditor(robot, target.ref());
        ActionEditorModel model = h.register().editor().model();

        // Post an update.
        tab(robot, "Updates");
        click(robot, "#field-update-text").write("Four offers made.");
        click(robot, "#field-update-progress").write("80");
        click(robot, "#post-update");
        h.idle();
        assertEquals(updatesBefore + 1, action(id, p -> p.updatesOf(id).size()));
        assertEquals(80, action(id, p -> p.action(id).orElseThrow().progress()));
        assertEquals("Four offers made.", robot.lookup("#updates-list").queryListView().getItems().stream()
                .map(u -> ((ProgressUpdate) u).text()).findFirst().orElse(""));

        // Change the status.
        tab(robot, "Details");
        choose(robot, "#field-status", ActionStatus.COMPLETE.label());
        click(robot, "#change-status");
        h.idle();
        assertEquals(ActionStatus.COMPLETE, action(id, p -> p.action(id).orElseThrow().status()));

        // A revision without a reason is refused beside the field; with one it is accepted and audited.
        tab(robot, "Dates");
        LocalDate newDue = target.currentDue().plusDays(45);
        click(robot, "#field-new-due").write(Forms.date(newDue)).type(KeyCode.ENTER);
        click(robot, "#field-interim-control").write("Daily huddle");
        choose(robot, "#field-approved-by", "Jane Smith, Executive Director of Nursing and Quality");
        click(robot, "#revise-due-date");
        h.idle();
        assertEquals("Give the reason for the delay.", model.errorText("reason"));
        assertTrue(visibleErrors(robot).contains("Give the reason for the delay."));
        assertEquals(revisionsBefore, action(id, p -> p.revisionsOf(id).size()));
        assertEquals("Daily huddle", robot.lookup("#field-interim-control").queryTextInputControl().getText(), "typed input is kept after a refusal");
        click(robot, "#field-reason").write("Supplier delay");
        click(robot, "#revise-due-date");
        h.idle();
        assertEquals("", model.errorText("reason"));
        assertEquals(revisionsBefore + 1, action(id, p -> p.revisionsOf(id).size()));
        assertEquals(newDue, action(id, p -> p.action(id).orElseThrow().currentDue()));
        List<AuditEntryView> audit = h.session().history("action", id);
        assertTrue(audit.stream().anyMatch(e -> "Supplier delay".equals(e.why()) && e.newValue() != null && e.newValue().contains(newDue.toString())),
                "the revision is in the audit trail with its reason");

        // Evidence: add, verify; Blue is refused before sign-off and accepted after.
        tab(robot, "Evidence");
        click(robot, "#field-evidence-reference").write("QS minutes 7");
        click(robot, "#add-evidence");
        h.idle();
        assertEquals(1, action(id, p -> p.evidenceOf(id).size()));
        robot.clickOn(robot.lookup("#evidence-table .table-cell").match(LabeledMatchers.hasText("QS minutes 7")).queryLabeled());
        choose(robot, "#field-verified-by", "Owen Pritchard, Head of Clinical Governance and Patient Safety");
        click(robot, "#verify-evidence");
        h.idle();
        assertTrue((Boolean) action(id, p -> p.evidenceOf(id).get(0).verified()));

        tab(robot, "Details");
        choose(robot, "#field-brag", BragChip.shape(Brag.BLUE) + " " + Brag.BLUE.label());
        click(robot, "#field-override-reason").write("Assured");
        click(robot, "#set-brag");
        h.idle();
        assertTrue(model.errorText("brag").contains("sign-off"), model.errorText("brag"));
        assertNull(action(id, p -> p.action(id).orElseThrow().override()));

        tab(robot, "Evidence");
        choose(robot, "#field-signed-off-by", "Peter Hale, Trust Secretary");
        click(robot, "#sign-off");
        h.idle();
        assertEquals("Peter Hale (recorded by " + org.waymark.app.Identity.osAccount() + ")", action(id, p -> p.action(id).orElseThrow().signOff().signedOffBy()),
                "the signatory is picked from the plan's people, with the account that recorded it");
        tab(robot, "Details");
        click(robot, "#set-brag");
        h.idle();
        assertEquals("", model.errorText("brag"));
        assertEquals(Brag.BLUE, action(id, p -> p.brag(p.action(id).orElseThrow(), h.session().today()).brag()));

        // Undo each edit, newest first, checking the plan goes back one step at a time.
        Action before = target;
        undo(robot);
        assertNull(action(id, p -> p.action(id).orElseThrow().override()), "undo Blue");
        undo(robot);
        assertNull(action(id, p -> p.action(id).orElseThrow().signOff()), "undo sign-off");
        undo(robot);
        assertFalse((Boolean) action(id, p -> p.evidenceOf(id).get(0).verified()), "undo verify");
        undo(robot);
        assertEquals(0, action(id, p -> p.evidenceOf(id).size()), "undo add evidence");
        undo(robot);
        assertEquals(revisionsBefore, action(id, p -> p.revisionsOf(id).size()), "undo revision");
        assertEquals(before.currentDue(), action(id, p -> p.action(id).orElseThrow().currentDue()));
        undo(robot);
        assertEquals(ActionStatus.IN_PROGRESS, action(id, p -> p.action(id).orElseThrow().status()), "undo status");
        undo(robot);
        assertEquals(updatesBefore, action(id, p -> p.updatesOf(id).size()), "undo update");
        assertEquals(before, action(id, p -> p.action(id).orElseThrow()), "after undoing everything the action is as it was");
        assertTrue(robot.lookup("#tool-undo").queryAs(Button.class).isDisabled());

        // Redo them all with the keyboard, from the table.
        click(robot, "#register-table");
        for (int i = 0; i < 7; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
            h.idle();
        }
        Action redone = (Action) action(id, p -> p.action(id).orElseThrow());
        assertEquals(ActionStatus.COMPLETE, redone.status());
        assertEquals(newDue, redone.currentDue());
        assertEquals(Brag.BLUE, redone.override().brag());
        assertEquals(updatesBefore + 1, action(id, p -> p.updatesOf(id).size()));
        assertTrue((Boolean) action(id, p -> p.evidenceOf(id).get(0).verified()));

        // Undo is itself audited, and the chain still verifies.
        List<AuditEntryView> all = h.session().history(null, null);
        assertTrue(all.stream().anyMatch(e -> e.why() != null && e.why().startsWith("Undo: ")));
        assertTrue(all.stream().anyMatch(e -> e.why() != null && e.why().startsWith("Redo: ")));
        assertTrue(h.session().verifyAudit().intact());
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }

    @Test
    void postsAnUpdateUsingTheKeyboardAlone(FxRobot robot) {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        Action target = h.session().plan().actions().get(3);
        int before = h.session().plan().updatesOf(target.id()).size();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        h.idle();
        robot.write(target.ref());
        h.idle();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        h.idle();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.U).release(KeyCode.SHIFT, KeyCode.CONTROL);
        h.idle();
        robot.write("Typed without a mouse.");
        robot.type(KeyCode.TAB).write("35");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        h.idle();
        // Ctrl+Enter in the progress field does nothing special; Enter there posts, as in the text area.
        if (h.session().plan().updatesOf(target.id()).size() == before) { robot.type(KeyCode.ENTER); h.idle(); }
        List<ProgressUpdate> updates = h.session().plan().updatesOf(target.id());
        assertEquals(before + 1, updates.size());
        assertTrue(updates.stream().anyMatch(u -> u.text().equals("Typed without a mouse.") && Integer.valueOf(35).equals(u.progress())));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void openInEditor(FxRobot robot, String ref) {
        robot.clickOn("#nav-register");
        h.idle();
        robot.clickOn("#register-search").write(ref);
        h.idle();
        Node cell = robot.lookup("#register-table .table-cell").match(LabeledMatchers.hasText(ref)).query();
        robot.doubleClickOn(cell);
        h.idle();
    }

    /** Clicks a control after scrolling it into view, as a user would. */
    private org.testfx.api.FxRobotInterface click(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        robot.interact(() -> reveal(n));
        h.idle();
        return robot.clickOn(n);
    }

    static void reveal(Node n) {
        for (javafx.scene.Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                Node content = sp.getContent();
                javafx.geometry.Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double contentHeight = content.getBoundsInLocal().getHeight();
                double viewHeight = sp.getViewportBounds().getHeight();
                if (contentHeight > viewHeight) sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / (contentHeight - viewHeight))));
                return;
            }
        }
    }

    private void tab(FxRobot robot, String name) {
        robot.clickOn(robot.lookup("#editor-tabs .tab-label").match(LabeledMatchers.hasText(name)).queryLabeled());
        h.idle();
    }

    private void choose(FxRobot robot, String comboId, String item) {
        click(robot, comboId);
        h.idle();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item)).queryLabeled());
        h.idle();
    }

    private void undo(FxRobot robot) {
        robot.clickOn("#tool-undo");
        h.idle();
    }

    @SuppressWarnings("unchecked")
    private List<RegisterRow> tableRows(FxRobot robot) {
        return List.copyOf(robot.lookup("#register-table").queryAs(TableView.class).getItems());
    }

    private List<String> visibleErrors(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText).toList();
    }

    private Object action(long id, Function<Plan, Object> f) { return f.apply(h.session().plan()); }
}
