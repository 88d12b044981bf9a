package org.waymark.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.waymark.app.AuditEntryView;
import org.waymark.app.PlanHealth;
import org.waymark.app.TagService;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.FrameworkTag;
import org.waymark.domain.Requirement;
import org.waymark.domain.regulation.FrameworkItem;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Tagging findings and actions in the real window on a real plan file: chosen from the searchable list, removed,
 * undone and redone from the Edit menu, each audited, refused read-only; `check` passes afterwards.
 */
class TagEditingWindowTest extends WindowTest {


    @Test
    void aFindingAndAnActionAreTaggedFromTheListAndEachStepIsUndoableAndAudited(FxRobot robot) {
        Path file = TestPlans.demoFile(dir);
        h = WindowHarness.open(robot, stage, file, false);
        Requirement finding = h.session().plan().requirements().get(0);

        robot.interact(() -> h.window.showView("notices"));
        h.idle();
        Node notices = h.window.view("notices").orElseThrow().node();
        assertFalse(robot.from(notices).lookup(".finding-tags").query().isVisible(), "no finding chosen, no tags pane");
        selectFinding(robot, notices, finding);
        assertEquals("CQC framework tags of finding " + finding.ref(), robot.from(notices).lookup("#finding-tags-title").queryAs(Label.class).getText());

        // Search narrows the list to items, by words of their names; the list is the only way in (no free text).
        robot.clickOn((Node) robot.from(notices).lookup("#finding-tags-picker-search").query()).write("staffing");
        ListView<FrameworkItem> list = robot.from(notices).lookup("#finding-tags-picker-list").queryListView();
        assertFalse(list.getItems().isEmpty());
        assertTrue(list.getItems().stream().allMatch(i -> (i.code() + " " + i.name() + " " + i.keyQuestion().label()).toLowerCase().contains("staffing")), list.getItems().toString());
        FrameworkItem chosen = list.getSelectionModel().getSelectedItem();
        assertNotNull(chosen, "the first match is chosen, ready to add");
        robot.clickOn(robot.from(notices).lookup("#finding-tags-add").queryButton());
        h.idle();
        assertEquals(List.of(chosen.code()), codesOf(finding.id(), null));
        assertTrue(robot.from(notices).lookup("#finding-tags-remove-" + chosen.code()).tryQuery().isPresent(), "the tag shows with its Remove button");
        assertTrue(audit().stream().anyMatch(e -> "framework_tag".equals(e.entity()) && "created".equals(e.field()) && e.why().startsWith("Tagged " + chosen.code())));

        h.menu("menu-undo");
        assertEquals(List.of(), codesOf(finding.id(), null), "Edit › Undo takes the tag off");
        h.menu("menu-redo");
        assertEquals(List.of(chosen.code()), codesOf(finding.id(), null));
        robot.clickOn(robot.from(notices).lookup("#finding-tags-remove-" + chosen.code()).queryButton());
        h.idle();
        assertEquals(List.of(), codesOf(finding.id(), null));
        h.menu("menu-undo");
        assertEquals(List.of(chosen.code()), codesOf(finding.id(), null), "undoing the removal puts the tag back");

        // The action editor: the same editor on the Details tab, for the action.
        Action action = h.session().plan().actions().get(0);
        robot.interact(() -> h.window.openAction(action.id()));
        h.idle();
        Node search = robot.lookup("#action-tags-picker-search").query();
        robot.interact(() -> DesktopClientTest.reveal(search));
        robot.clickOn(search).write("W1");
        h.idle();
        Button add = robot.lookup("#action-tags-add").queryButton();
        robot.interact(() -> DesktopClientTest.reveal(add));
        robot.clickOn(add);
        h.idle();
        assertEquals(List.of("W1"), codesOf(null, action.id()));
        Label heading = robot.lookup("#action-tags-heading").queryAs(Label.class);
        assertEquals("Tagged with these key lines of enquiry of CQC key lines of enquiry (healthcare services):", heading.getText());
        ListView<FrameworkItem> offered = robot.lookup("#action-tags-picker-list").queryListView();
        assertTrue(offered.getItems().isEmpty(), "an item already given is not offered again: " + offered.getItems());
        assertTrue(add.isDisabled());

        assertTrue(h.session().verifyAudit().intact());
        assertTrue(h.failures.isEmpty(), h.failures.toString());
        h.close();
        h = null;
        assertTrue(PlanHealth.check(file, TestPlans.CLOCK).healthy(), "check passes after tagging in the window");
    }

    @Test
    void anActionAddedAndTaggedInTheWindowIsUndoneAndRedoneWithItsTags(FxRobot robot) {
        Path file = TestPlans.demoFile(dir);
        h = WindowHarness.open(robot, stage, file, false);
        Requirement finding = h.session().plan().requirements().get(0);
        robot.interact(() -> h.window.showView("notices"));
        h.idle();
        Node notices = h.window.view("notices").orElseThrow().node();
        selectFinding(robot, notices, finding);
        h.dialogs.dialogAnswers.add(d -> new Action(0, "T9.1", "Safer staffing rota", "", finding.id(), null, null, null, null,
                null, java.time.LocalDate.of(2027, 3, 1), null, org.waymark.domain.ActionStatus.NOT_STARTED, 0, null, null));
        robot.clickOn(robot.from(notices).lookup("#add-action").queryButton());
        h.idle();
        long id = h.session().plan().actions().stream().filter(a -> a.ref().equals("T9.1")).findFirst().orElseThrow().id();
        // The new action opens in the editor: tag it there.
        Node search = robot.lookup("#action-tags-picker-search").query();
        robot.interact(() -> DesktopClientTest.reveal(search));
        robot.clickOn(search).write("S5");
        robot.interact(() -> robot.lookup("#action-tags-add").queryButton().fire());
        h.idle();
        assertEquals(List.of("S5"), codesOf(null, id));

        h.menu("menu-undo");
        h.menu("menu-undo");
        assertTrue(h.session().plan().actions().stream().noneMatch(a -> a.ref().equals("T9.1")), "both undone: no action");
        assertTrue(new TagService(h.session()).tags().isEmpty(), "and no tag left behind");
        h.menu("menu-redo");
        h.menu("menu-redo");
        long again = h.session().plan().actions().stream().filter(a -> a.ref().equals("T9.1")).findFirst().orElseThrow().id();
        assertEquals(List.of("S5"), codesOf(null, again), "redone: the action and its tag");
        assertTrue(h.failures.isEmpty(), h.failures.toString());
        assertTrue(h.dialogs.messages.stream().noneMatch(m -> m.contains("could not")), h.dialogs.messages.toString());
        h.close();
        h = null;
        assertTrue(PlanHealth.check(file, TestPlans.CLOCK).healthy(), "check passes");
    }

    @Test
    void readOnlyTheTagsShowButNothingCanBeAddedOrRemoved(FxRobot robot) {
        Path file = TestPlans.demoFile(dir);
        Requirement finding;
        try (var s = org.waymark.app.PlanSession.open(file, false, "tester", TestPlans.CLOCK)) {
            finding = s.plan().requirements().get(0);
            new TagService(s).tagFinding(finding.id(), "S2");
        }
        h = WindowHarness.open(robot, stage, file, true);
        long rows = h.session().auditRows();
        robot.interact(() -> h.window.showView("notices"));
        h.idle();
        Node notices = h.window.view("notices").orElseThrow().node();
        selectFinding(robot, notices, finding);
        assertTrue(robot.from(notices).lookup("#finding-tags-remove-S2").queryButton().isDisabled());
        assertTrue(robot.from(notices).lookup("#finding-tags-add").queryButton().isDisabled());
        assertTrue(robot.from(notices).lookup("#finding-tags-picker-search").query().isDisabled());
        assertEquals(rows, h.session().auditRows());
    }

    private void selectFinding(FxRobot robot, Node notices, Requirement finding) {
        @SuppressWarnings("unchecked")
        TreeTableView<Object> tree = (TreeTableView<Object>) robot.from(notices).lookup("#notices-tree").query();
        // The tree's lines are the view's own records: the finding's line is the one that holds it.
        String line = "RequirementLine[requirement=" + finding + ",";
        robot.interact(() -> {
            for (TreeItem<Object> source : tree.getRoot().getChildren()) {
                for (TreeItem<Object> r : source.getChildren()) {
                    if (String.valueOf(r.getValue()).startsWith(line)) {
                        source.setExpanded(true);
                        tree.getSelectionModel().select(r);
                    }
                }
            }
        });
        h.idle();
        assertTrue(robot.from(notices).lookup(".finding-tags").query().isVisible(), "choosing a finding shows its tags");
    }

    private List<String> codesOf(Long requirementId, Long actionId) {
        return new TagService(h.session()).tags().stream()
                .filter(t -> java.util.Objects.equals(t.requirementId(), requirementId) && java.util.Objects.equals(t.actionId(), actionId))
                .map(FrameworkTag::code).sorted().toList();
    }

    private List<AuditEntryView> audit() { return h.session().history(null, null); }
}
