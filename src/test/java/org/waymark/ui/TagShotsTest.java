package org.waymark.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import org.waymark.ui.settings.FrameworkForm;
import org.waymark.ui.settings.PlanSettingsDialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.waymark.app.PlanSession;
import org.waymark.app.TagService;
import org.waymark.app.TestPlans;
import org.waymark.domain.regulation.Framework;
import org.waymark.ui.shell.Theme;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pictures of the tag editor (a finding's, an action's), the change-of-framework preview and the Tags to review card
 * at 1366×768 in the light and dark themes, saved under target/tag-shots to be looked at; no text on them may be
 * cut short.
 */
class TagShotsTest extends WindowTest {

    static final Path OUT = Path.of("target", "tag-shots");

    @Test
    void theTagEditorThePreviewAndTheReviewCard(FxRobot robot) throws Exception {
        Path file = TestPlans.demoFile(dir);
        long action;
        try (PlanSession s = PlanSession.open(file, false, "tester", TestPlans.CLOCK)) {
            TagService tags = new TagService(s);
            tags.tagFinding(s.plan().requirements().get(0).id(), "S2");
            tags.tagFinding(s.plan().requirements().get(0).id(), "W1");
            action = s.plan().actions().get(0).id();
            tags.tagAction(action, "S5");
        }
        h = WindowHarness.open(robot, stage, file, false);
        Files.createDirectories(OUT);
        robot.interact(() -> { stage.setWidth(1366); stage.setHeight(768); });
        List<String> cut = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<Dialog<?>> shown = new java.util.concurrent.atomic.AtomicReference<>();
        for (String theme : List.of(Theme.LIGHT, Theme.DARK)) {
            h.menu("menu-theme-" + theme);
            robot.interact(() -> h.window.showView("notices"));
            h.idle();
            Node notices = h.window.view("notices").orElseThrow().node();
            @SuppressWarnings("unchecked")
            TreeTableView<Object> tree = (TreeTableView<Object>) robot.from(notices).lookup("#notices-tree").query();
            robot.interact(() -> {
                TreeItem<Object> source = tree.getRoot().getChildren().get(0);
                source.setExpanded(true);
                tree.getSelectionModel().select(source.getChildren().get(0));
            });
            h.idle();
            robot.clickOn((Node) robot.from(notices).lookup("#finding-tags-picker-search").query()).write("safe");
            shoot(robot, theme + "-finding-tags", cut);
            robot.interact(() -> h.window.openAction(action));
            h.idle();
            Node tagsPane = robot.lookup("#action-tags").query();
            robot.interact(() -> DesktopClientTest.reveal(tagsPane));
            shoot(robot, theme + "-action-tags", cut);

            // The real dialog, shown as the window shows it, so its size is the one a user gets.
            robot.interact(() -> {
                var plan = h.session().plan();
                Dialog<?> d = PlanSettingsDialog.create(plan.organisation(), plan.regimeHistory(), null, plan.bragKey(), 25, false,
                        FrameworkForm.Choice.read(h.session()), null, null);
                d.initOwner(stage);
                Theme.decorate(d.getDialogPane());
                d.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
                d.show();
                @SuppressWarnings("unchecked")
                ComboBox<Framework> to = (ComboBox<Framework>) d.getDialogPane().lookup("#settings-framework");
                to.setValue(to.getItems().stream().filter(f -> f != null && f.id().equals("cqc-saf-2023")).findFirst().orElseThrow());
                ViewTesting.scrollIntoView(to);
                shown.set(d);
            });
            h.idle();
            robot.interact(() -> {
                DialogPane pane = shown.get().getDialogPane();
                pane.applyCss();
                pane.layout();
                cut.addAll(ClippedText.in(pane).stream().map(c -> "settings: " + c).toList());
                assertTrue(pane.getHeight() < 740, "the dialog fits a 768-pixel screen: " + pane.getHeight());
                write(pane.getScene().snapshot(null), theme + "-settings-framework");
                shown.get().close();
            });
            h.dialogs.dialogAnswers.add(d -> {
                @SuppressWarnings("unchecked")
                ComboBox<Framework> to = (ComboBox<Framework>) d.getDialogPane().lookup("#settings-framework");
                to.setValue(to.getItems().stream().filter(f -> f != null && f.id().equals("cqc-saf-2023")).findFirst().orElseThrow());
                return ((javafx.util.Callback<javafx.scene.control.ButtonType, Object>) (javafx.util.Callback<?, ?>) d.getResultConverter())
                        .call(d.getDialogPane().getButtonTypes().get(0));
            });
            h.menu("menu-plan-settings");
            robot.interact(() -> h.window.showView("overview"));
            h.idle();
            Node review = robot.lookup("#overview-review").query();
            robot.interact(() -> ViewTesting.scrollIntoView(review));
            shoot(robot, theme + "-review", cut);
            h.menu("menu-undo");
        }
        assertTrue(Files.exists(OUT.resolve("dark-review.png")));
        assertEquals(List.of(), cut, "text cut short");
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }

    private void shoot(FxRobot robot, String name, List<String> cut) {
        h.idle();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            cut.addAll(ClippedText.in(stage.getScene().getRoot()).stream().map(c -> name + ": " + c).toList());
            write(stage.getScene().snapshot(null), name);
        });
    }

    private static void write(javafx.scene.image.Image image, String name) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
