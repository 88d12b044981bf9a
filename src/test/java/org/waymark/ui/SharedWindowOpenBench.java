package org.waymark.ui;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.waymark.app.infra.Preferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Opening a 2,000-action plan in a window that is already running (File › Connect, or File › Open for the file),
 * until the plan is on screen and every view's first load has finished: a shared plan beside the same plan as a
 * file, alternated, after two unmeasured opens of each. Headless, in one JVM, as a lead's running app is.
 *
 * <pre>./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.waymark.ui.SharedWindowOpenBench [actions] [runs]</pre>
 */
public final class SharedWindowOpenBench {

    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        ViewShots.headless();
        Path dir = Files.createTempDirectory("waymark-window-open");
        System.setProperty("waymark.data.dir", dir.resolve("data").toString());
        Clock clock = Clock.systemDefaultZone();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        Preferences prefs = Preferences.defaults().withUserName("Improvement lead");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            org.waymark.bench.SharedBenchPlan plan = org.waymark.bench.SharedBenchPlan.publish(pg, dir, actions, clock);
            Path file = plan.file();
            String shared = plan.address();
            List<Double> onShared = new ArrayList<>(), onFile = new ArrayList<>();
            for (int i = -2; i < runs; i++) {
                long t = System.nanoTime();
                WindowHarness.openShared(robot, stage, shared, dir, prefs).close();
                double s = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                WindowHarness.open(robot, stage, file, false, prefs, h -> { }).close();
                double f = (System.nanoTime() - t) / 1e6;
                if (i >= 0) {
                    onShared.add(s);
                    onFile.add(f);
                }
            }
            double shown = median(onShared), fileShown = median(onFile);
            System.out.printf(Locale.ROOT, "Plan of %d actions opened in a running window, until on screen with every view loaded (medians of %d):%n", actions, runs);
            System.out.printf(Locale.ROOT, "  shared plan (PostgreSQL)   %6.0f ms   (goal ≤ 1,000 ms)%n", shown);
            System.out.printf(Locale.ROOT, "  the same plan as a file    %6.0f ms   ratio %.2f%n", fileShown, shown / fileShown);
        } finally {
            FxToolkit.cleanupStages();
            System.exit(0);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
