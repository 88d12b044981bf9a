package org.waymark.ui.shell;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.waymark.app.infra.AppDirectories;
import org.waymark.app.infra.Preferences;
import org.waymark.app.infra.PreferencesStore;
import org.waymark.app.infra.RuntimeSetup;
import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.DialogService;
import org.waymark.ui.shell.ErrorReporter;
import org.waymark.ui.shell.FxDialogService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The desktop application: opens the plan named on the command line, or the demo plan in the data folder. */
public final class WaymarkApp extends Application {

    private MainWindow window;
    private BackgroundExecutor executor;

    /** Set once the toolkit is up: a failure after that is the error reporter's, not a missing display. */
    private static volatile boolean started;

    public static void launchWindow(String[] args) {
        try {
            Application.launch(WaymarkApp.class, args);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            if (started) throw e;
            // JavaFX's own report of a missing display is a stack trace, printed twice.
            System.err.println(noWindow(e, System.getProperty("os.name", "").startsWith("Linux"), System.getenv("DISPLAY")));
            System.exit(2);
        }
    }

    /** What to tell someone whose window could not open: why, and that the commands need no display. */
    static String noWindow(Throwable cause, boolean x11, String display) {
        String why = !x11 ? "the desktop could not be used (" + cause.getMessage() + ")"
                : display == null || display.isBlank() ? "there is no graphical display (DISPLAY is not set)"
                : "the display " + display + " could not be used (" + cause.getMessage() + ")";
        return "Waymark could not open its window: " + why + ". Open it on a desktop, or run its commands here, which need "
                + "no display: waymark --help lists them (for example: waymark check PLAN).";
    }

    @Override
    public void start(Stage stage) {
        started = true;
        AppDirectories dirs = RuntimeSetup.configure();
        PreferencesStore store = new PreferencesStore(dirs.preferencesFile());
        Preferences prefs = store.load();
        // Windows' high-contrast mode wins for as long as it is on; the saved choice is left as it was.
        Theme.apply(OsContrast.startTheme(prefs.theme()));
        UiZoom.set(prefs.zoomPercent());
        List<String> args = getParameters().getRaw();
        boolean readOnly = args.contains("--read-only");
        String named = args.stream().filter(a -> !a.startsWith("--")).findFirst().orElse(null);

        DialogService dialogs = new FxDialogService(() -> stage);
        ErrorReporter errors = new ErrorReporter(dirs.logs(), dialogs);
        errors.install();
        executor = new BackgroundExecutor(errors::report);
        window = new MainWindow(stage, executor, dialogs, errors, new SimpleObjectProperty<>(prefs), store, Clock.systemDefaultZone());
        Scene scene = new Scene(window.root());
        Theme.style(scene);
        stage.setScene(scene);
        placeOnScreen(stage, prefs);
        stage.setTitle("Waymark");
        for (int size : new int[]{16, 32, 64, 256}) {
            var icon = WaymarkApp.class.getResourceAsStream("icons/waymark-" + size + ".png");
            if (icon != null) stage.getIcons().add(new Image(icon));
        }
        stage.setOnCloseRequest(e -> store.save(prefs(store).withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())));
        stage.show();
        StartupProbe.watch(stage);

        if (named != null) {
            window.open(named, readOnly); // a plan file's path or a shared plan's postgresql:// address
        } else {
            Path demo = dirs.demoPlan();
            if (Files.exists(demo)) {
                window.open(demo, readOnly);
            } else {
                // Creating the demo is slow: never on the FX thread.
                window.showProgress("Creating the demo plan…");
                executor.run("Creating the demo plan…", () -> {
                    DemoPlanGenerator.write(demo, null, 1, false, prefs.userName(), Clock.systemDefaultZone()).close();
                    return demo;
                }, f -> window.open(f, readOnly));
            }
        }
    }

    private static Preferences prefs(PreferencesStore store) { return store.load(); }

    /**
     * Sizes the window from the screen it is on, so it fits at 125% and 150% scaling; the saved bounds are used
     * only when they still fit a screen (a laptop undocked from its monitor).
     */
    static void placeOnScreen(Stage stage, Preferences prefs) {
        List<Double> w = prefs.window();
        if (w != null && !Screen.getScreensForRectangle(w.get(0), w.get(1), w.get(2), w.get(3)).isEmpty()) {
            Rectangle2D b = Screen.getScreensForRectangle(w.get(0), w.get(1), w.get(2), w.get(3)).get(0).getVisualBounds();
            if (b.contains(w.get(0), w.get(1)) && w.get(2) <= b.getWidth() && w.get(3) <= b.getHeight()) {
                stage.setX(w.get(0));
                stage.setY(w.get(1));
                stage.setWidth(w.get(2));
                stage.setHeight(w.get(3));
                return;
            }
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1600, screen.getWidth() * 0.9));
        stage.setHeight(Math.min(1000, screen.getHeight() * 0.9));
        stage.centerOnScreen();
        stage.setMinWidth(Math.min(1024, screen.getWidth()));
        stage.setMinHeight(Math.min(640, screen.getHeight()));
    }

    @Override
    public void stop() {
        window.context().ifPresent(c -> c.session().close());
        if (executor != null) executor.shutdown();
        Platform.exit();
    }
}
