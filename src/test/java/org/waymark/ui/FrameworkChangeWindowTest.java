package org.waymark.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.waymark.app.AuditEntryView;
import org.waymark.app.PlanHealth;
import org.waymark.app.PlanSession;
import org.waymark.app.TagService;
import org.waymark.app.TestPlans;
import org.waymark.domain.FrameworkTag;
import org.waymark.domain.regulation.Framework;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Changing the plan's framework in Plan settings, with the crosswalk's preview before saving, then working through
 * the tags it flagged on the overview's Needs review card: in the real window, on a real plan file, each step
 * undoable and audited, and `check` passing afterwards.
 */
class FrameworkChangeWindowTest extends WindowTest {


    @Test
    void thePreviewSaysWhatTheMoveDoesAndFlaggedTagsAreConfirmedOrReplaced(FxRobot robot) {
        Path file = TestPlans.demoFile(dir);
        long finding, action;
        try (PlanSession s = PlanSession.open(file, false, "tester", TestPlans.CLOCK)) {
            finding = s.plan().requirements().get(0).id();
            action = s.plan().actions().get(0).id();
            TagService tags = new TagService(s);
            tags.tagFinding(finding, "S2");   // → S4, S5, S6, S7
            tags.tagAction(action, "S5");     // S5 and S6 both → S1: one tag
            tags.tagAction(action, "S6");
        }
        h = WindowHarness.open(robot, stage, file, false);

        AtomicReference<String> preview = new AtomicReference<>();
        h.dialogs.dialogAnswers.add(d -> {
            assertEquals("Plan settings", d.getTitle());
            @SuppressWarnings("unchecked")
            ComboBox<Framework> to = (ComboBox<Framework>) d.getDialogPane().lookup("#settings-framework");
            Label shown = (Label) d.getDialogPane().lookup("#settings-framework-preview");
            assertEquals("", shown.getText(), "no preview until a framework is chosen");
            to.setValue(to.getItems().stream().filter(f -> f != null && f.id().equals("cqc-saf-2023")).findFirst().orElseThrow());
            preview.set(shown.getText());
            return ok(d);
        });
        h.menu("menu-plan-settings");
        assertTrue(preview.get().startsWith("Moving to CQC single assessment framework"), preview.get());
        assertTrue(preview.get().contains("5 tags will be carried across to quality statements by Waymark's suggested mapping (no official mapping), each marked “Needs review”."), preview.get());
        assertTrue(preview.get().contains("Edit › Undo puts every tag back."), preview.get());

        TagService tags = new TagService(h.session());
        assertEquals("cqc-saf-2023", tags.framework().id());
        assertEquals(List.of("S1", "S4", "S5", "S6", "S7"), codes(tags), "what the preview said: five tags");
        assertTrue(tags.tags().stream().allMatch(FrameworkTag::needsReview));
        List<AuditEntryView> audit = h.session().history(null, null);
        assertTrue(audit.stream().anyMatch(e -> "framework".equals(e.field()) && "cqc-saf-2023".equals(e.newValue())
                && e.why().contains("no official mapping")), "the change is audited with its reason");

        // The overview's Needs review card lists them; confirm one, replace another.
        robot.interact(() -> h.window.showView("overview"));
        h.idle();
        Node overview = h.window.view("overview").orElseThrow().node();
        assertEquals("5 tags need review after a change of framework. Confirm each that is right, or replace it with one of "
                + "CQC single assessment framework's quality statements.", robot.from(overview).lookup("#overview-review-summary").queryAs(Label.class).getText());
        FrameworkTag s4 = find(tags, "S4");
        press(robot, overview, "#review-confirm-" + s4.id());
        assertFalse(find(tags, "S4").needsReview(), "confirmed: no longer flagged");
        assertTrue(h.session().history(null, null).stream().anyMatch(e -> "needsReview".equals(e.field()) && e.why().startsWith("Tag confirmed after review S4")));

        FrameworkTag s7 = find(tags, "S7");
        List<String> offered = new ArrayList<>();
        h.dialogs.dialogAnswers.add(d -> {
            assertEquals("Replace a tag", d.getTitle());
            TagPicker p = TagPicker.of(d);
            p.search().setText("S3 ");
            offered.addAll(p.list().getItems().stream().map(i -> i.code()).toList());
            return ok(d);
        });
        robot.interact(() -> h.window.showView("overview"));
        h.idle();
        press(robot, overview, "#review-replace-" + s7.id());
        assertEquals(List.of("S3"), offered, "the search narrows the list to the item typed");
        assertEquals(List.of("S1", "S3", "S4", "S5", "S6"), codes(tags));
        assertFalse(find(tags, "S3").needsReview());
        assertEquals("3 tags need review after a change of framework. Confirm each that is right, or replace it with one of "
                + "CQC single assessment framework's quality statements.", robot.from(overview).lookup("#overview-review-summary").queryAs(Label.class).getText());

        // Undo, step by step: the replacement, the confirmation, then the whole change of framework.
        h.menu("menu-undo");
        assertEquals(List.of("S1", "S4", "S5", "S6", "S7"), codes(tags));
        h.menu("menu-undo");
        assertTrue(find(tags, "S4").needsReview());
        h.menu("menu-undo");
        assertEquals("cqc-kloe-2015", tags.framework().id());
        assertEquals(List.of("S2", "S5", "S6"), codes(tags), "every tag back on its key line of enquiry");
        assertTrue(tags.tags().stream().noneMatch(FrameworkTag::needsReview));
        h.menu("menu-redo");
        assertEquals("cqc-saf-2023", tags.framework().id());
        assertEquals(List.of("S1", "S4", "S5", "S6", "S7"), codes(tags));

        // The way back has no crosswalk: the tags stay on the 2023 statements, flagged; the preview says so first.
        h.dialogs.dialogAnswers.add(d -> {
            @SuppressWarnings("unchecked")
            ComboBox<Framework> to = (ComboBox<Framework>) d.getDialogPane().lookup("#settings-framework");
            to.setValue(to.getItems().stream().filter(f -> f != null && f.id().equals("cqc-kloe-2015")).findFirst().orElseThrow());
            preview.set(((Label) d.getDialogPane().lookup("#settings-framework-preview")).getText());
            return null;
        });
        h.menu("menu-plan-settings");
        assertTrue(preview.get().contains("No tags will be carried across. 5 tags have no mapping: they stay on CQC single assessment framework, marked “Needs review”."), preview.get());
        assertEquals("cqc-saf-2023", tags.framework().id(), "cancelled: nothing changed");

        assertTrue(h.session().verifyAudit().intact());
        assertTrue(h.failures.isEmpty(), h.failures.toString());
        h.close();
        h = null;
        assertTrue(PlanHealth.check(file, TestPlans.CLOCK).healthy(), "check passes after the change and the reviews");
    }

    @Test
    void readOnlyTheReviewButtonsAreOff(FxRobot robot) {
        Path file = TestPlans.demoFile(dir);
        try (PlanSession s = PlanSession.open(file, false, "tester", TestPlans.CLOCK)) {
            new TagService(s).tagFinding(s.plan().requirements().get(0).id(), "S5");
            new TagService(s).changeFramework("cqc-saf-2023");
        }
        h = WindowHarness.open(robot, stage, file, true);
        long rows = h.session().auditRows();
        robot.interact(() -> h.window.showView("overview"));
        h.idle();
        Node overview = h.window.view("overview").orElseThrow().node();
        FrameworkTag s1 = new TagService(h.session()).tags().get(0);
        assertTrue(robot.from(overview).lookup("#review-confirm-" + s1.id()).queryButton().isDisabled());
        assertTrue(robot.from(overview).lookup("#review-replace-" + s1.id()).queryButton().isDisabled());
        assertEquals(rows, h.session().auditRows());
    }

    private void press(FxRobot robot, Node overview, String id) {
        Button b = robot.from(overview).lookup(id).queryButton();
        robot.interact(() -> ViewTesting.scrollIntoView(b));
        robot.clickOn(b);
        h.idle();
    }

    @SuppressWarnings("unchecked")
    private static Object ok(Dialog<?> d) {
        ButtonType ok = d.getDialogPane().getButtonTypes().get(0);
        return ((Callback<ButtonType, Object>) (Callback<?, ?>) d.getResultConverter()).call(ok);
    }

    private static List<String> codes(TagService tags) { return tags.tags().stream().map(FrameworkTag::code).sorted().toList(); }

    private static FrameworkTag find(TagService tags, String code) {
        return tags.tags().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
