package org.waymark.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opening a shared plan of 2,000 actions to an interactive window, as a whole process from launch to the first frame
 * showing the plan, beside the same plan as a file, run alternately so both see the same load. Needs the built jar
 * and a display (Xvfb is fine); the server is the embedded PostgreSQL the tests use.
 *
 * <pre>java -cp target/test-classes:target/classes:CP org.waymark.bench.SharedOpenBench [actions] [runs]</pre>
 */
public final class SharedOpenBench {

    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path jar = Path.of("target/waymark.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("Build the jar first: ./mvnw -o package -DskipTests");
        Path work = Files.createTempDirectory("waymark-shared-open");
        StartupBench.chooseName(work);
        Clock clock = Clock.systemDefaultZone();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            SharedBenchPlan plan = SharedBenchPlan.publish(pg, work, actions, clock);
            Path file = plan.file();
            String shared = plan.address();

            List<String> onShared = List.of(javaBin(), "-jar", jar.toString(), shared);
            List<String> onFile = List.of(javaBin(), "-jar", jar.toString(), file.toString());
            StartupBench.launch(work, onShared); // unmeasured: warm caches on both sides
            StartupBench.launch(work, onFile);
            Map<String, List<Double>> samples = new HashMap<>();
            for (int i = 0; i < runs; i++) {
                StartupBench.record(samples, "shared", StartupBench.launch(work, onShared));
                StartupBench.record(samples, "file", StartupBench.launch(work, onFile));
            }
            double shown = StartupBench.median(samples.get("shared plan-frame-ms"));
            double fileShown = StartupBench.median(samples.get("file plan-frame-ms"));
            System.out.printf(Locale.ROOT, "Window on a plan of %d actions, launch to the plan on screen, medians of %d alternated runs%n", actions, runs);
            System.out.printf(Locale.ROOT, "  shared plan (PostgreSQL)   %6.0f ms   (first frame %6.0f ms)%n", shown, StartupBench.median(samples.get("shared first-frame-ms")));
            System.out.printf(Locale.ROOT, "  the same plan as a file    %6.0f ms   ratio %.2f%n", fileShown, shown / fileShown);
            System.out.printf(Locale.ROOT, "  after the window's own first frame: shared %.0f ms, file %.0f ms (goal: shared ≤ 1,000 ms)%n",
                    shown - StartupBench.median(samples.get("shared first-frame-ms")), fileShown - StartupBench.median(samples.get("file first-frame-ms")));
        }
    }

    private static String javaBin() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }
}
