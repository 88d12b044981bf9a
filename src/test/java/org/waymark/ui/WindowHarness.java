package org.waymark.ui;

import org.waymark.ui.shell.MainWindow;
import org.waymark.ui.shell.Theme;
import org.waymark.ui.shell.WaymarkApp;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.Preferences;
import org.waymark.app.TestPlans;
import org.waymark.ui.register.RegisterView;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.ErrorReporter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real main window on a real plan file, with scripted dialogs; waits for the background executor. */
final class WindowHarness {

    final FxRobot robot;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<Throwable> failures = new ArrayList<>();
    final BackgroundExecutor executor = new BackgroundExecutor(failures::add);
    MainWindow window;

    private WindowHarness(FxRobot robot) { this.robot = robot; }

    static WindowHarness open(FxRobot robot, Stage stage, Path file, boolean readOnly) {
        return open(robot, stage, file, readOnly, Preferences.defaults().withUserName("Improvement lead"), h -> { });
    }

    /** A harness with no window yet: the test makes it with {@link #showWindow}, after setting up what it needs. */
    static WindowHarness unopened(FxRobot robot) { return new WindowHarness(robot); }

    /** Makes the window in the light theme on {@code stage}, shows it, then calls {@code opening}; waits for nothing. */
    void showWindow(Stage stage, Path log, Preferences prefs, java.util.function.Consumer<MainWindow> opening) {
        ErrorReporter errors = new ErrorReporter(log, dialogs);
        robot.interact(() -> {
            Theme.apply("light");
            window = new MainWindow(stage, executor, dialogs, errors, new SimpleObjectProperty<>(prefs), null, TestPlans.CLOCK);
            Scene scene = new Scene(window.root(), 1400, 900);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
            opening.accept(window);
        });
    }

    /** With the given preferences, and a chance to script the dialogs before the plan opens. */
    static WindowHarness open(FxRobot robot, Stage stage, Path file, boolean readOnly, Preferences prefs, java.util.function.Consumer<WindowHarness> before) {
        return open(robot, stage, file.resolveSibling("test.log"), prefs, before, w -> w.open(file, readOnly));
    }

    /** On a shared plan's address ({@code postgresql://…}); the log goes in {@code dir}. */
    static WindowHarness openShared(FxRobot robot, Stage stage, String location, Path dir, Preferences prefs) {
        return open(robot, stage, dir.resolve("test.log"), prefs, h -> { }, w -> w.open(location, false));
    }

    private static WindowHarness open(FxRobot robot, Stage stage, Path log, Preferences prefs, java.util.function.Consumer<WindowHarness> before,
                                      java.util.function.Consumer<MainWindow> opening) {
        WindowHarness h = new WindowHarness(robot);
        before.accept(h);
        h.showWindow(stage, log, prefs, opening);
        h.idle();
        if (h.window.context().isEmpty()) throw new AssertionError("The plan did not open: " + h.dialogs.messages + " " + h.failures);
        return h;
    }

    /** Lets every queued plan write or read finish and its result reach the FX thread. */
    void idle() {
        for (int i = 0; i < 3; i++) {
            try {
                executor.awaitIdle(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Chooses a menu item by its id, as its accelerator or a screen reader would, and waits for what it starts. */
    void menu(String id) {
        javafx.scene.control.MenuBar bar = robot.from(window.root()).lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> items(m).stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
        robot.interact(item::fire);
        idle();
    }

    private static List<javafx.scene.control.MenuItem> items(javafx.scene.control.Menu m) {
        List<javafx.scene.control.MenuItem> out = new ArrayList<>();
        for (javafx.scene.control.MenuItem i : m.getItems()) { out.add(i); if (i instanceof javafx.scene.control.Menu sub) out.addAll(items(sub)); }
        return out;
    }

    PlanSession session() { return window.context().orElseThrow().session(); }

    RegisterView register() { return (RegisterView) window.view("register").orElseThrow(); }

    void close() {
        robot.interact(() -> window.context().ifPresent(c -> c.session().close()));
        executor.shutdown();
    }
}
