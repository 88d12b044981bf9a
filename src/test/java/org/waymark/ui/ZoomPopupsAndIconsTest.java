package org.waymark.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.app.TestPlans;
import org.waymark.ui.shell.FxDialogService;
import org.waymark.ui.shell.Theme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Zoom reaches what the root's font size alone might not: icons (scaled by a factor, see ui.widgets.Icons) and
 * pop-ups, which are windows of their own (menus, a text field's context menu, a drop-down list, the date picker, a
 * tooltip, a dialog). The pop-ups at 200 % in each theme are written to target/a11y-shots/popup-*.png to be looked at.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomPopupsAndIconsTest {

    /** The theme's root font size at 100 %. */
    static final double BASE_PX = 14;
    @TempDir Path dir;
    Stage stage;
    WindowHarness h;

    @Start
    void start(Stage stage) { this.stage = stage; }

    @AfterEach
    void close() {
        if (h != null) {
            robot().interact(() -> h.window.setZoom(100));
            h.close();
        }
        Theme.apply(Theme.LIGHT);
    }

    private static FxRobot robot() { return new FxRobot(); }

    @Test
    void iconsDoubleAt200PercentAndTheFxThreadStaysResponsive(FxRobot robot) throws Exception {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        Button find = robot.lookup("#tool-find").queryAs(Button.class);
        Node icon = find.getGraphic();
        assertTrue(icon instanceof Group g && g.getChildren().get(0) instanceof FontIcon, "the toolbar's icons are zoomable: " + icon);
        double at100 = width(robot, icon);
        double button100 = width(robot, find);

        robot.interact(() -> h.window.setZoom(200));
        assertResponsive();
        double at200 = width(robot, icon);
        assertEquals(2.0, at200 / at100, 0.2, "the icon is twice as wide at 200 %: " + at100 + " → " + at200);
        assertTrue(width(robot, find) - button100 >= at200 - at100, "the button makes room for the larger icon");
        robot.interact(() -> {
            Bounds inButton = find.localToScene(find.getLayoutBounds());
            Bounds ofIcon = icon.localToScene(icon.getLayoutBounds());
            assertTrue(inButton.contains(ofIcon), "the icon lies inside its button: " + ofIcon + " in " + inButton);
        });
        int size = iconSize(icon);
        assertResponsive();
        assertEquals(size, iconSize(icon), "the icon's own size settles (no CSS pass grows it again)");
        assertEquals(at200, width(robot, icon), 0.5, "the icon's bounds settle");

        robot.interact(() -> h.window.setZoom(100));
        assertResponsive();
        assertEquals(at100, width(robot, icon), 0.5, "back to its size at 100 %");
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }

    @Test
    void menusListsPickersTooltipsAndDialogsAreZoomedInEveryTheme(FxRobot robot) throws Exception {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        robot.interact(() -> { stage.setWidth(1366); stage.setHeight(768); });
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> shots = new ArrayList<>();
        for (String theme : Theme.ALL) {
            h.menu("menu-theme-" + theme);
            robot.interact(() -> h.window.setZoom(200));
            h.idle();

            robot.interact(() -> h.window.showView("register"));
            h.idle();
            Menu view = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().filter(m -> m.getText().equals("_View")).findFirst().orElseThrow();
            look(robot, theme, "menu", problems, shots, view::show, view::hide);

            TextField search = robot.from(h.window.root()).lookup("#register-search").queryAs(TextField.class);
            look(robot, theme, "context-menu", problems, shots, () -> {
                Bounds b = search.localToScreen(search.getBoundsInLocal());
                search.requestFocus();
                search.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 20, 10, b.getMinX() + 20, b.getMinY() + 10, false, null));
            }, () -> Window.getWindows().stream().filter(w -> w instanceof PopupWindow).toList().forEach(Window::hide));

            ComboBox<?> brag = robot.from(h.window.root()).lookup("#filter-brag").queryAs(ComboBox.class);
            look(robot, theme, "combo", problems, shots, brag::show, brag::hide);

            Tooltip tip = new Tooltip("Audit chain intact: every change since the plan was made is in the hash-chained log, "
                    + "and the chain was checked from its first row to its last when the plan opened");
            look(robot, theme, "tooltip", problems, shots, () -> {
                Bounds b = search.localToScreen(search.getBoundsInLocal());
                tip.show(search, b.getMinX(), b.getMaxY() + 4);
            }, tip::hide);

            robot.interact(() -> h.window.showView("snapshots"));
            h.idle();
            DatePicker date = robot.from(h.window.root()).lookup("#snapshot-date").queryAs(DatePicker.class);
            look(robot, theme, "date-picker", problems, shots, date::show, date::hide);

            // A real dialog through the real dialog service (it waits for an answer, so it is opened later and closed here).
            FxDialogService dialogs = new FxDialogService(() -> stage);
            look(robot, theme, "dialog", problems, shots,
                    () -> Platform.runLater(() -> dialogs.confirm("Remove this evidence?", "The file stays in the plan's audit log; the action loses this evidence and may no longer be Blue.")),
                    () -> Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage).toList().forEach(w -> ((Stage) w).close()));
        }
        assertEquals(3 * 6, shots.size(), "shots: " + shots);
        assertEquals(Map.of(), problems, "pop-ups not zoomed, or with words cut short, at 200 %");
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }

    /** Opens a pop-up, checks its text is zoomed and whole, writes a screenshot of the screen around the window, closes it. */
    private void look(FxRobot robot, String theme, String kind, Map<String, String> problems, List<String> shots, Runnable open, Runnable close) throws Exception {
        robot.interact(open);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(150);   // a dialog opens on a later pulse
        WaitForAsyncUtils.waitForFxEvents();
        Supplier<List<Window>> extra = () -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList();
        List<Window> popups = extra.get();
        String name = "popup-" + theme + "-" + kind;
        if (popups.isEmpty()) {
            problems.put(name, "nothing opened");
            return;
        }
        robot.interact(() -> {
            for (Window w : popups) {
                Parent root = w.getScene().getRoot();
                root.applyCss();
                root.layout();
                double largest = largestText(root);
                if (largest < 1.8 * BASE_PX) problems.merge(name, "largest text " + largest + " px, not zoomed", (a, b) -> a + "; " + b);
                if (w.getWidth() > stage.getWidth()) problems.merge(name, "wider than the window: " + w.getWidth(), (a, b) -> a + "; " + b);
                List<String> cut = ClippedText.in(root);
                if (!cut.isEmpty()) problems.merge(name, "cut short: " + cut, (a, b) -> a + "; " + b);
            }
        });
        // As the user sees it: the window, and each pop-up drawn over it where it stands on the screen.
        robot.interact(() -> Shots.write(composite(popups), ZoomAndContrastShotsTest.OUT.resolve(name + ".png")));
        shots.add(name);
        robot.interact(close);
        WaitForAsyncUtils.waitForFxEvents();
        h.idle();
    }

    private javafx.scene.image.Image composite(List<Window> popups) {
        List<Window> all = new ArrayList<>(List.of(stage));
        all.addAll(popups);
        double minX = all.stream().mapToDouble(w -> w.getX() + w.getScene().getX()).min().orElse(0);
        double minY = all.stream().mapToDouble(w -> w.getY() + w.getScene().getY()).min().orElse(0);
        double maxX = all.stream().mapToDouble(w -> w.getX() + w.getScene().getX() + w.getScene().getWidth()).max().orElse(1);
        double maxY = all.stream().mapToDouble(w -> w.getY() + w.getScene().getY() + w.getScene().getHeight()).max().orElse(1);
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) Math.ceil(maxX - minX), (int) Math.ceil(maxY - minY), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = out.createGraphics();
        for (Window w : all) {
            var shot = javafx.embed.swing.SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null);
            g.drawImage(shot, (int) Math.round(w.getX() + w.getScene().getX() - minX), (int) Math.round(w.getY() + w.getScene().getY() - minY), null);
        }
        g.dispose();
        return javafx.embed.swing.SwingFXUtils.toFXImage(out, null);
    }

    private static double largestText(Node n) {
        double largest = 0;
        if (!n.isVisible()) return 0;
        if (n instanceof Text t && t.getText() != null && !t.getText().isBlank() && !(t instanceof FontIcon)) largest = t.getFont().getSize();
        if (n instanceof Label l && l.getText() != null && !l.getText().isBlank()) largest = Math.max(largest, l.getFont().getSize());
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) largest = Math.max(largest, largestText(c));
        return largest;
    }

    /** A round trip through the FX thread's queue completes: no endless pulse of CSS and layout holds it. */
    private static void assertResponsive() throws Exception {
        for (int i = 0; i < 3; i++) {
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(done::countDown);
            assertTrue(done.await(10, TimeUnit.SECONDS), "the FX thread did not come back within 10 s");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double width(FxRobot robot, Node n) {
        double[] w = new double[1];
        robot.interact(() -> w[0] = n.getLayoutBounds().getWidth());
        return w[0];
    }

    private static int iconSize(Node icon) {
        return ((FontIcon) ((Group) icon).getChildren().get(0)).getIconSize();
    }
}
