package org.waymark.report;

import org.apache.pdfbox.Loader;
import org.waymark.app.PlanSession;
import org.waymark.app.demo.DemoPlanGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A 20,000-action plan exported by {@code export-pack} in a separate JVM whose heap is capped at 512 MB. Run:
 * <pre>
 *   ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.waymark.report.LargePackBench
 * </pre>
 * Exits non-zero if the export fails (an OutOfMemoryError included).
 */
public final class LargePackBench {

    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("waymark-large");
        Path plan = dir.resolve("large.waymark");
        long g0 = System.nanoTime();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/London"));
        try (PlanSession s = DemoPlanGenerator.write(plan, actions, 3, false, "bench", clock)) {
            System.out.printf("Generated %d actions in %.1f s%n", s.plan().actions().size(), (System.nanoTime() - g0) / 1e9);
        }
        Path out = dir.resolve("large.pdf");
        Path jar = Path.of("target/waymark.jar").toAbsolutePath();
        if (!Files.exists(jar)) throw new IllegalStateException("Build target/waymark.jar first: ./mvnw -q -DskipTests package");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-Dwaymark.today=2026-11-25",
                "-jar", jar.toString(), "export-pack", plan.toString(), "-o", out.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) { p.destroyForcibly(); throw new IllegalStateException("export-pack timed out"); }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            System.out.println("FAILED: export-pack exited " + p.exitValue() + " with -Xmx512m");
            System.exit(1);
        }
        try (var doc = Loader.loadPDF(out.toFile())) {
            System.out.printf("20k pack with -Xmx512m: %d pages, %.1f MB, whole process %.1f s%n", doc.getNumberOfPages(), Files.size(out) / 1e6, secs);
        }
    }
}
