package org.waymark.ui;

import org.waymark.ui.shell.MainWindow;
import org.waymark.ui.shell.ScreenshotsCommand;
import org.waymark.ui.shell.Theme;
import org.waymark.ui.shell.WaymarkApp;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.Preferences;
import org.waymark.app.infra.RuntimeSetup;
import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.domain.Brag;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Priority;
import org.waymark.ui.register.RegisterFilter;
import org.waymark.ui.register.RegisterRow;
import org.waymark.ui.register.RegisterRows;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.ErrorReporter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Benchmark: a register filter change at 20k actions, from the control's change to the table's items updated,
 * in the real main window (headless). Prints the median and 90th percentile, and a same-run baseline: the same
 * predicates run over the same rows with no UI at all, so the ratio shows what the table adds.
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.waymark.ui.RegisterFilterBench [actions]
 * </pre>
 */
public final class RegisterFilterBench {

    private static final int WARMUP = 30;
    private static final int RUNS = 100;

    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        RuntimeSetup.configure();
        ScreenshotsCommand.startToolkit(true);
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/London"));
        Path dir = Files.createTempDirectory("waymark-bench");
        long t0 = System.nanoTime();
        PlanSession session = DemoPlanGenerator.write(dir.resolve("bench.waymark"), actions, 7, false, "bench", clock);
        System.out.printf("Plan of %d actions written in %.1f s%n", session.plan().actions().size(), (System.nanoTime() - t0) / 1e9);

        BackgroundExecutor executor = new BackgroundExecutor(e -> e.printStackTrace());
        MainWindow window = ScreenshotsCommand.onFx(() -> {
            Theme.apply("light");
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, executor, new ScriptedDialogs(), new ErrorReporter(dir.resolve("bench.log"), new ScriptedDialogs()),
                    new SimpleObjectProperty<>(Preferences.defaults()), null, clock);
            Scene scene = new Scene(w.root(), 1600, 1000);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            w.show(session);
            w.showView("register");
            return w;
        });
        for (int i = 0; i < 3; i++) { executor.awaitIdle(120, TimeUnit.SECONDS); ScreenshotsCommand.onFx(() -> null); }
        Scene scene = window.root().getScene();
        @SuppressWarnings("unchecked") TableView<RegisterRow> table = (TableView<RegisterRow>) scene.lookup("#register-table");
        @SuppressWarnings("unchecked") ComboBox<Brag> brag = (ComboBox<Brag>) scene.lookup("#filter-brag");
        @SuppressWarnings("unchecked") ComboBox<KeyQuestion> kq = (ComboBox<KeyQuestion>) scene.lookup("#filter-key-question");
        @SuppressWarnings("unchecked") ComboBox<Priority> priority = (ComboBox<Priority>) scene.lookup("#filter-priority");
        CheckBox overdue = (CheckBox) scene.lookup("#filter-overdue");
        TextField search = (TextField) scene.lookup("#register-search");
        System.out.printf("Register shows %d rows%n", ScreenshotsCommand.onFx(() -> table.getItems().size()));

        // The filter changes a user makes, in turn; each one is timed.
        List<Consumer<Void>> changes = List.of(
                v -> brag.setValue(Brag.RED), v -> brag.setValue(null),
                v -> overdue.setSelected(true), v -> overdue.setSelected(false),
                v -> kq.setValue(KeyQuestion.SAFE), v -> priority.setValue(Priority.MUST), v -> kq.setValue(null), v -> priority.setValue(null),
                v -> search.setText("fleet"), v -> search.setText(""));
        List<RegisterFilter> same = List.of(
                new RegisterFilter(null, Brag.RED, null, null, null, null, false, null, null, false, null), RegisterFilter.NONE,
                new RegisterFilter(null, null, null, null, null, null, false, null, null, true, null), RegisterFilter.NONE,
                new RegisterFilter(null, null, null, null, KeyQuestion.SAFE, null, false, null, null, false, null),
                new RegisterFilter(null, null, null, null, KeyQuestion.SAFE, null, false, null, Priority.MUST, false, null),
                new RegisterFilter(null, null, null, null, null, null, false, null, Priority.MUST, false, null), RegisterFilter.NONE,
                new RegisterFilter("fleet", null, null, null, null, null, false, null, null, false, null), RegisterFilter.NONE);

        double[] ui = time(changes, c -> ScreenshotsCommand.onFx(() -> { long s = System.nanoTime(); c.accept(null); table.getItems().size(); return System.nanoTime() - s; }));
        double[] uiLaidOut = time(changes, c -> ScreenshotsCommand.onFx(() -> {
            long s = System.nanoTime();
            c.accept(null);
            table.applyCss();
            table.layout();
            return System.nanoTime() - s;
        }));
        List<RegisterRow> rows = RegisterRows.of(session.plan(), session.today());
        double[] baseline = time(same, f -> {
            long s = System.nanoTime();
            var p = f.predicate(session.today());
            List<RegisterRow> out = new ArrayList<>(rows.size());
            for (RegisterRow r : rows) if (p.test(r)) out.add(r);
            if (out.size() < 0) throw new IllegalStateException();
            return System.nanoTime() - s;
        });
        report("filter change -> table items updated", ui, baseline);
        report("filter change -> table items updated and laid out", uiLaidOut, baseline);
        report("baseline: predicate over the same rows, no UI", baseline, baseline);

        ScreenshotsCommand.onFx(() -> { session.close(); return null; });
        executor.shutdown();
        Platform.exit();
        System.exit(0);
    }

    interface Timed<T> { long run(T t) throws Exception; }

    private static <T> double[] time(List<T> steps, Timed<T> one) throws Exception {
        for (int i = 0; i < WARMUP; i++) one.run(steps.get(i % steps.size()));
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) ms[i] = one.run(steps.get(i % steps.size())) / 1e6;
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, double[] ms, double[] baseline) {
        double median = ms[ms.length / 2];
        System.out.printf("%-52s median %6.2f ms   p90 %6.2f ms   (%.1fx baseline)%n", what, median, ms[(int) (ms.length * 0.9)], median / baseline[baseline.length / 2]);
    }
}
