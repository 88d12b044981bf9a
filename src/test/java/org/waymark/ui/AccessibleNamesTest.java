package org.waymark.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.ui.shell.Theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real main window on the demo plan: every view (through the navigation), the action editor's tabs, the
 * timeline's and a metric's table alternatives and every dialog the window's buttons and menus open, in each
 * theme. No focusable node may lack an accessible name or role.
 */
class AccessibleNamesTest extends WindowTest {

    @Test
    void everyFocusableNodeInEveryViewAndDialogHasANameAndARole(FxRobot robot) {
        org.waymark.Main.wire();
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<String> dialogsSeen = new ArrayList<>();
        Action open = h.session().plan().actions().get(0);
        for (String theme : Theme.ALL) {
            fire(robot, "menu-theme-" + theme);
            assertTrue(h.window.root().getStyleClass().contains("theme-" + theme));
            for (Views.Entry e : Views.all()) {
                robot.interact(() -> h.window.showView(e.id()));
                h.idle();
                if (e.id().equals("register")) { robot.interact(() -> h.window.openAction(open.id())); h.idle(); }
                if (e.id().equals("metrics")) {
                    robot.interact(() -> robot.lookup(".wm-data-details").queryAllAs(TitledPane.class).forEach(p -> p.setExpanded(true)));
                    h.idle();
                }
                if (e.id().equals("timeline")) {
                    robot.interact(() -> check(problems, theme + " / " + e.title(), h.window.root()));
                    robot.interact(() -> robot.lookup("#timeline-as-table").queryAs(ToggleButton.class).setSelected(true));
                    h.idle();
                }
                robot.interact(() -> check(problems, theme + " / " + e.title(), h.window.root()));
            }
            // Dialogs: each is walked when the window asks the dialog service to show it.
            h.dialogs.dialogAnswers.clear();
            for (int i = 0; i < 8; i++) h.dialogs.dialogAnswers.add(d -> { dialogsSeen.add(d.getTitle()); check(problems, theme + " / dialog " + d.getTitle(), pane(d)); return null; });
            fire(robot, "menu-preferences");
            fire(robot, "menu-plan-settings");
            press(robot, "people", "#add-person");
            press(robot, "notices", "#add-source");
            press(robot, "board-pack", "#pack-cover");
            fire(robot, "menu-import");
            robot.interact(() -> {
                for (Window w : new ArrayList<>(Window.getWindows())) {
                    if (w != stage && w instanceof Stage s && s.getScene() != null) {
                        dialogsSeen.add(s.getTitle());
                        check(problems, theme + " / window " + s.getTitle(), s.getScene().getRoot());
                        s.close();
                    }
                }
            });
        }
        assertTrue(dialogsSeen.size() >= 3 * 6, "dialogs walked: " + dialogsSeen);
        problems.values().removeIf(List::isEmpty);
        assertEquals(Map.of(), problems, "focusable nodes without a name or role");
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }

    /** On the FX thread only: laying out text anywhere else races the window's own pulses (it once failed in JavaFX's text layout). */
    private void check(Map<String, List<String>> problems, String where, Parent root) {
        root.applyCss();
        root.layout();
        problems.merge(where, AccessibleNames.problems(root), (a, b) -> { List<String> all = new ArrayList<>(a); b.stream().filter(x -> !all.contains(x)).forEach(all::add); return all; });
    }

    /** A scripted dialog is never shown: give its pane a scene and the window's stylesheets so its skins exist. */
    private static Parent pane(Dialog<?> d) {
        DialogPane p = d.getDialogPane();
        if (p.getScene() == null) new Scene(p);
        p.getStylesheets().addAll(Theme.stylesheet(), Theme.highContrastStylesheet());
        Theme.decorate(p);
        return p;
    }

    private void press(FxRobot robot, String view, String button) {
        robot.interact(() -> h.window.showView(view));
        h.idle();
        robot.interact(() -> robot.lookup(button).queryAs(Button.class).fire());
        h.idle();
    }

    private void fire(FxRobot robot, String id) { h.menu(id); }
}
