package org.waymark.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.waymark.app.AppDirectories;
import org.waymark.app.PlanSession;
import org.waymark.app.Preferences;
import org.waymark.app.PreferencesStore;
import org.waymark.app.RuntimeSetup;
import org.waymark.app.demo.DemoPlanGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The desktop application: opens the plan named on the command line, or the demo plan in the data folder. */
public final class WaymarkApp extends Application {

    public static void launchWindow(String[] args) {
        Application.launch(WaymarkApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppDirectories dirs = RuntimeSetup.configure();
        Preferences prefs = new PreferencesStore(dirs.preferencesFile()).load();
        applyTheme(prefs.theme());
        List<String> args = getParameters().getRaw();
        boolean readOnly = args.contains("--read-only");
        Path file = args.stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of).orElse(dirs.demoPlan());

        MainWindow window = new MainWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(1400, screen.getWidth() * 0.9), Math.min(900, screen.getHeight() * 0.9));
        scene.getStylesheets().add(WaymarkApp.class.getResource("waymark.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Waymark");
        for (int size : new int[]{16, 32, 64, 256}) {
            var icon = WaymarkApp.class.getResourceAsStream("icons/waymark-" + size + ".png");
            if (icon != null) stage.getIcons().add(new Image(icon));
        }
        stage.show();
        StartupProbe.watch(stage);

        // Creating the demo or loading a large plan is slow: never on the FX thread.
        Task<PlanSession> open = new Task<>() {
            @Override protected PlanSession call() {
                updateMessage("Opening " + file.getFileName() + "…");
                if (!args.stream().anyMatch(a -> !a.startsWith("--")) && !Files.exists(file)) {
                    updateMessage("Creating the demo plan…");
                    DemoPlanGenerator.write(file, null, 1, false, prefs.userName(), Clock.systemDefaultZone()).close();
                }
                return PlanSession.open(file, readOnly, prefs.userName(), Clock.systemDefaultZone());
            }
        };
        window.showProgress(open);
        open.setOnSucceeded(e -> {
            PlanSession s = open.getValue();
            window.show(s);
            StartupProbe.planShown(stage);
            stage.setTitle(s.plan().organisation().name() + " — Waymark" + (s.readOnly() ? " (read-only)" : ""));
            stage.setOnHidden(h -> s.close());
        });
        open.setOnFailed(e -> {
            window.showError("The plan could not be opened", open.getException());
            StartupProbe.planFailed(open.getException());
        });
        Thread t = new Thread(open, "open-plan");
        t.setDaemon(true);
        t.start();
    }

    static void applyTheme(String theme) {
        // The binary (pre-parsed) form of the theme: parsing its 170 kB of CSS was a large part of the first frame.
        Application.setUserAgentStylesheet("dark".equals(theme) ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    @Override
    public void stop() {
        Platform.exit();
    }
}
