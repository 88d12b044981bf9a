package org.waymark.ui.shell;

import org.waymark.ui.Views;
import org.waymark.ui.settings.PlanSettingsDialog;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.waymark.app.PlanAddress;
import org.waymark.app.infra.Preferences;
import org.waymark.app.infra.RuntimeSetup;
import org.waymark.domain.Brag;
import org.waymark.domain.Plan;
import org.waymark.ui.register.RegisterView;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.DialogService;
import org.waymark.ui.shell.ErrorReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders the real main window on a plan, one PNG per registered view and theme, plus the action editor's tabs.
 * Works with no display at all: without DISPLAY (or with --headless) it starts JavaFX on Monocle's headless
 * platform with software rendering. A plan file is copied first, so the file given is never touched; a shared plan
 * is opened read-only.
 */
@Command(name = "screenshots",
        description = "Writes a PNG of every view of the main window on PLAN, e.g. register-light.png.")
public final class ScreenshotsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan to show: a plan file (a copy of it is shown, so the file is never touched), "
            + "or a shared plan's address postgresql://[user@]host[:port]/database (always shown read-only).")
    String plan;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the PNG files.")
    Path output;

    @Option(names = "--theme", defaultValue = "both", description = "light, dark or both (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--width", defaultValue = "1600", description = "Window width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "Window height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--read-only", description = "Show the plan as it looks when opened read-only.")
    boolean readOnly;

    @Option(names = "--headless", description = "Render without a display even when DISPLAY is set.")
    boolean headless;

    @Override
    public Integer call() throws Exception {
        boolean shared = PlanAddress.isShared(plan);
        if (!shared && !Files.isRegularFile(Path.of(plan))) {
            System.err.println("There is no plan at " + plan + ". Give the path of a .waymark file, or a shared plan's postgresql:// address.");
            return 2;
        }
        List<String> themes = switch (theme) {
            case "light" -> List.of("light");
            case "dark" -> List.of("dark");
            case "both" -> List.of("light", "dark");
            default -> null;
        };
        if (themes == null) {
            System.err.println("--theme must be light, dark or both, not " + theme + ".");
            return 2;
        }
        Files.createDirectories(output);
        RuntimeSetup.configure();
        startToolkit(headless);
        Path work = Files.createTempDirectory("waymark-screens");
        // a file is shown from a copy, a shared plan read-only: taking pictures never changes the plan
        String shown = shared ? plan : Files.copy(Path.of(plan), work.resolve(Path.of(plan).getFileName())).toString();
        List<Path> written = new ArrayList<>();
        try {
            for (String t : themes) written.addAll(capture(shown, shared || readOnly, t));
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        for (Path p : written) System.out.println(p);
        return 0;
    }

    /** Starts JavaFX once; headless when there is no display to show a window on. */
    public static void startToolkit(boolean forceHeadless) {
        String display = System.getenv("DISPLAY");
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (forceHeadless || (linux && (display == null || display.isBlank()))) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
            // Monocle's headless screen is 1280x800 unless told otherwise; a larger window overflows its buffer.
            if (System.getProperty("headless.geometry") == null) System.setProperty("headless.geometry", "3840x2400-32");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        started.join();
    }

    private List<Path> capture(String plan, boolean readOnly, String themeName) throws Exception {
        List<Path> out = new ArrayList<>();
        BackgroundExecutor executor = new BackgroundExecutor(e -> System.err.println("Screenshots: " + e.getMessage()));
        QuietDialogs dialogs = new QuietDialogs();
        ErrorReporter errors = new ErrorReporter(Files.createTempFile("waymark-screens", ".log"), dialogs);
        Preferences prefs = Preferences.defaults().withTheme(themeName).withUserName("Head of Clinical Governance");
        MainWindow window = onFx(() -> {
            Theme.apply(themeName);
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, executor, dialogs, errors, new SimpleObjectProperty<>(prefs), null, Clock.systemDefaultZone());
            Scene scene = new Scene(w.root(), width, height);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            w.open(plan, readOnly);
            return w;
        });
        settle(executor);
        if (window.context().isEmpty()) throw new IllegalStateException("The plan could not be opened: " + dialogs.last);
        for (Views.Entry e : Views.all()) {
            onFx(() -> { window.showView(e.id()); return null; });
            settle(executor);
            String name = fileName(e);
            out.add(snapshot(window, name + "-" + themeName));
            // The views' plain names (overview.png…) are the light theme, the one a board paper is printed from.
            if (themeName.equals("light")) {
                Path plain = output.resolve(name + ".png");
                java.nio.file.Files.copy(out.get(out.size() - 1), plain, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                out.add(plain);
            }
        }
        Optional<Long> action = onFx(() -> interestingAction(window.context().get().session().plan(), window.context().get().session().today()));
        if (action.isPresent()) {
            onFx(() -> { window.openAction(action.get()); return null; });
            settle(executor);
            out.add(snapshot(window, "action-editor-" + themeName));
            for (String tab : List.of("updates", "evidence", "dates", "history")) {
                onFx(() -> {
                    ((RegisterView) window.view("register").orElseThrow()).editor().selectTab("tab-" + tab);
                    return null;
                });
                settle(executor);
                out.add(snapshot(window, "action-editor-" + tab + "-" + themeName));
            }
        }
        out.add(dialog(() -> {
            var open = window.context().get().session().plan();
            return PlanSettingsDialog.create(open.organisation(), open.regimeHistory(), open.bragKey(),
                    org.waymark.ui.settings.FrameworkForm.Choice.read(window.context().get().session()), null);
        }, "plan-settings-" + themeName));
        onFx(() -> {
            window.context().ifPresent(c -> c.session().close());
            ((Stage) window.root().getScene().getWindow()).close();
            return null;
        });
        executor.shutdown();
        return out;
    }

    /** A view's screenshot name: its id, except the snapshots view, whose default state is the comparison. */
    public static String fileName(Views.Entry e) {
        return e.id().equals("snapshots") ? "snapshot-compare" : e.id();
    }

    /** A Red action with updates and a revised date shows the editor at its fullest. */
    static Optional<Long> interestingAction(Plan plan, java.time.LocalDate today) {
        return plan.actions().stream()
                .sorted(Comparator.comparing((org.waymark.domain.Action a) -> -Math.min(plan.revisionsOf(a.id()).size(), 1))
                        .thenComparing(a -> plan.brag(a, today).brag() == Brag.RED ? 0 : 1)
                        .thenComparing(a -> -plan.updatesOf(a.id()).size()))
                .map(org.waymark.domain.Action::id).findFirst();
    }

    private Path snapshot(MainWindow window, String name) throws Exception {
        Path target = output.resolve(name + ".png");
        WritableImage image = onFx(() -> window.root().getScene().snapshot(null));
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        return target;
    }

    /** A dialog's content as the user sees it, rendered without showing a window that would wait for an answer. */
    /** Shows the dialog as the window would (its real size: a long form scrolls), photographs it and closes it. */
    private Path dialog(Callable<Dialog<?>> make, String name) throws Exception {
        Path target = output.resolve(name + ".png");
        Dialog<?> d = onFx(() -> {
            Dialog<?> made = make.call();
            if (made.getDialogPane().getScene() != null) Theme.style(made.getDialogPane().getScene());
            Theme.decorate(made.getDialogPane());
            made.show();
            return made;
        });
        Thread.sleep(100);
        WritableImage image = onFx(() -> {
            d.getDialogPane().applyCss();
            d.getDialogPane().layout();
            WritableImage shot = d.getDialogPane().getScene().snapshot(null);
            d.close();
            return shot;
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
        return target;
    }

    /** Lets queued plan work finish and the scene lay out before a snapshot. */
    private static void settle(BackgroundExecutor executor) throws Exception {
        for (int i = 0; i < 3; i++) {
            executor.awaitIdle(120, TimeUnit.SECONDS);
            onFx(() -> null);
            Thread.sleep(60);
        }
    }

    /** Runs work on the FX thread and waits for its result (or its failure). */
    public static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    /** No one is there to answer dialogs while screenshots are taken; keep the last message for the error. */
    private static final class QuietDialogs implements DialogService {
        String last = "";
        @Override public void info(String title, String message) { last = message; }
        @Override public void error(String title, String message) { last = message; }
        @Override public boolean confirm(String title, String message) { return false; }
        @Override public Optional<String> ask(String title, String prompt, String initial) { return Optional.empty(); }
        @Override public Optional<Path> chooseFileToOpen(String title) { return Optional.empty(); }
        @Override public Optional<Path> chooseFileToSave(String title, String suggestedName) { return Optional.empty(); }
        @Override public <T> Optional<T> show(Dialog<T> dialog) { return Optional.empty(); }
    }
}
