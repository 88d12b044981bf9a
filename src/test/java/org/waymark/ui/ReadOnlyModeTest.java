package org.waymark.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.waymark.app.TestPlans;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A board member's session: open read-only, click everything, and the file's bytes have not changed. */
class ReadOnlyModeTest extends WindowTest {

    @Test
    void clickingThroughEveryViewLeavesTheFileByteIdentical(FxRobot robot) throws Exception {
        Path file = TestPlans.demoFile(dir);
        String before = sha256(file);
        Set<String> filesBefore = listing(dir);
        h = WindowHarness.open(robot, stage, file, true);

        assertTrue(stage.getTitle().contains("READ-ONLY"), stage.getTitle());
        assertTrue(robot.lookup("#status-mode").queryAs(Label.class).getText().startsWith("Read-only"));
        assertTrue(robot.lookup("#read-only-badge").queryAs(Label.class).isVisible());

        for (Views.Entry e : Views.all()) {
            robot.clickOn("#nav-" + e.id());
            h.idle();
            assertEquals(e.id(), h.window.currentView().id());
            // Every editing button in the view is disabled; clicking them anyway changes nothing.
            for (Node n : robot.lookup(".button").queryAll()) {
                if (n instanceof Button b && isEditing(b) && b.isVisible()) assertTrue(b.isDisabled(), e.id() + ": " + b.getId() + " should be disabled");
            }
        }

        // Open an action and try every tab of the editor.
        robot.clickOn("#nav-register");
        h.idle();
        Node firstRef = robot.lookup("#register-table .table-cell").match(LabeledMatchers.hasText(h.session().plan().actions().get(0).ref())).query();
        robot.doubleClickOn(firstRef);
        h.idle();
        for (String tab : List.of("Details", "Updates", "Evidence", "Dates", "History")) {
            robot.clickOn(robot.lookup("#editor-tabs .tab-label").match(LabeledMatchers.hasText(tab)).queryLabeled());
            h.idle();
            for (Node n : robot.lookup("#action-editor .text-input").queryAll()) {
                if (n instanceof TextInputControl t && t.isVisible() && !t.getStyleClass().contains("date-picker-display-node")) {
                    assertTrue(t.isDisabled() || !t.isEditable(), tab + ": " + t.getId() + " must not accept input");
                }
            }
            for (String id : List.of("#post-update", "#change-status", "#set-brag", "#save-details", "#add-evidence", "#verify-evidence", "#sign-off", "#revise-due-date")) {
                robot.lookup(id).tryQuery().ifPresent(b -> assertTrue(b.isDisabled(), id + " is disabled"));
            }
        }
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.U).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("x").press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        h.idle();
        assertEquals(0, h.window.commands().revision().get(), "no change was made");
        assertTrue(h.failures.isEmpty(), h.failures.toString());

        h.close();
        h = null;
        assertEquals(before, sha256(file), "the plan file's bytes are unchanged");
        // SQLite's read-only connection to a WAL-mode file keeps its shared-memory index beside it; nothing may be written to the log.
        Set<String> added = listing(dir);
        added.removeAll(filesBefore);
        assertTrue(Set.of("demo.waymark-wal", "demo.waymark-shm").containsAll(added), "only SQLite's WAL index files may appear: " + added);
        Path wal = file.resolveSibling("demo.waymark-wal");
        if (Files.exists(wal)) assertEquals(0, Files.size(wal), "nothing was written to the write-ahead log");
    }

    private static boolean isEditing(ButtonBase b) {
        String id = b.getId() == null ? "" : b.getId();
        return Set.of("add-source", "add-requirement", "edit-notice", "add-action", "add-person", "edit-person", "add-committee",
                "rename-committee", "add-theme", "rename-theme", "tool-undo", "tool-redo").contains(id);
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    private static Set<String> listing(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("test.log")).collect(Collectors.toSet());
        }
    }
}
