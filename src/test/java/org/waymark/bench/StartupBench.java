package org.waymark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start of the packaged app to its first frame, against an empty JavaFX window on the same runtime, run
 * alternately in the same run so that both see the same machine load. Needs a display (Xvfb is fine).
 *
 * <pre>java -cp target/test-classes org.waymark.bench.StartupBench [target/dist/Waymark] [runs]</pre>
 *
 * The app opens the demo plan given on its command line; {@code first-frame-ms} is the first frame of the window,
 * {@code plan-frame-ms} the first frame showing the plan. Both are counted from the moment
 * the benchmark launched the process.
 */
public final class StartupBench {

    private static final Pattern MEASURE = Pattern.compile("^([a-z-]+-ms)=(\\d+)$", Pattern.MULTILINE);

    private final Path image;
    private final Path work;

    StartupBench(Path image, Path work) {
        this.image = image;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args.length > 0 ? args[0] : "target/dist/Waymark").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        if (!Files.isDirectory(image)) {
            System.err.println("No app-image at " + image + ": build it with ./mvnw -Ppackage package -DskipTests");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("waymark-startup");
        new StartupBench(image, work).run(runs);
    }

    void run(int runs) throws Exception {
        Path plan = work.resolve("demo.waymark");
        chooseName(work);
        Run made = launch(List.of(launcher().toString(), "demo", "-o", plan.toString()));
        if (made.exit != 0) throw new IllegalStateException("demo failed: " + made.output);

        List<String> app = List.of(launcher().toString(), plan.toString());
        List<String> empty = List.of(runtimeJava().toString(), "-cp",
                appJar() + java.io.File.pathSeparator + classesOf(StartupBench.class),
                // by name: loading the class here would need JavaFX on this JVM's class path
                "org.waymark.bench.EmptyWindow");

        // the app's class path (its jar and every library), its SQLite library, none of its JVM options
        List<String> least = List.of(runtimeJava().toString(), "-cp",
                appJar() + java.io.File.pathSeparator + appJar().getParent().resolve("lib").resolve("*") + java.io.File.pathSeparator + classesOf(StartupBench.class),
                "-Dorg.sqlite.lib.path=" + appJar().getParent().resolve("native"), "-Dorg.sqlite.lib.name=" + System.mapLibraryName("sqlitejdbc"),
                "org.waymark.bench.LeastWindow", plan.toString());
        List<String> themed = new ArrayList<>(least);
        themed.add("--themed");

        launch(empty);     // one unmeasured run each, so that all start from a warm file-system cache
        launch(least);
        launch(themed);
        launch(app);
        Map<String, List<Double>> samples = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            record(samples, "empty", launch(empty));
            record(samples, "least", launch(least));
            record(samples, "themed", launch(themed));
            record(samples, "app", launch(app));
        }
        double emptyFrame = median(samples.get("empty first-frame-ms"));
        double emptyWall = median(samples.get("empty wall-ms"));
        double appFrame = median(samples.get("app first-frame-ms"));
        double planFrame = median(samples.get("app plan-frame-ms"));
        double appWall = median(samples.get("app wall-ms"));
        System.out.printf(Locale.ROOT, "Start-up, medians of %d runs each (%s)%n", runs, image);
        System.out.printf(Locale.ROOT, "  empty window, first frame      %6.0f ms   (process wall %6.0f ms)%n", emptyFrame, emptyWall);
        System.out.printf(Locale.ROOT, "  Waymark, first frame           %6.0f ms   ratio %.2f%n", appFrame, appFrame / emptyFrame);
        System.out.printf(Locale.ROOT, "  Waymark, demo plan on screen   %6.0f ms   ratio %.2f   (process wall %6.0f ms)%n",
                planFrame, planFrame / emptyFrame, appWall);
        double editable = median(samples.get("app editable-frame-ms"));
        System.out.printf(Locale.ROOT, "  Waymark, plan open for use     %6.0f ms   ratio %.2f%n", editable, editable / emptyFrame);
        double leastFrame = median(samples.get("least first-frame-ms"));
        System.out.printf(Locale.ROOT, "  least window, figures on screen %5.0f ms   ratio %.2f to the empty window; Waymark's plan frame %.2f× it%n",
                leastFrame, leastFrame / emptyFrame, planFrame / leastFrame);
        double themedFrame = median(samples.get("themed first-frame-ms"));
        System.out.printf(Locale.ROOT, "  the same in the app's theme     %5.0f ms   ratio %.2f to the empty window; Waymark's plan frame %.2f× it%n",
                themedFrame, themedFrame / emptyFrame, planFrame / themedFrame);
        samples.keySet().stream().filter(k -> k.startsWith("app ") && !k.endsWith("frame-ms") && !k.endsWith("wall-ms")).sorted(
                java.util.Comparator.comparing(k -> median(samples.get(k)))).forEach(k ->
                System.out.printf(Locale.ROOT, "    %-28s %6.0f ms%n", k.substring(4), median(samples.get(k))));
    }

    static void record(Map<String, List<Double>> samples, String who, Run run) {
        if (run.exit != 0) throw new IllegalStateException(who + " exited " + run.exit + ":\n" + run.output);
        Matcher m = MEASURE.matcher(run.output);
        int found = 0;
        while (m.find()) {
            samples.computeIfAbsent(who + " " + m.group(1), k -> new ArrayList<>()).add(Double.parseDouble(m.group(2)));
            found++;
        }
        if (found == 0) throw new IllegalStateException(who + " printed no frame time:\n" + run.output);
        samples.computeIfAbsent(who + " wall-ms", k -> new ArrayList<>()).add(run.wallMs);
    }

    private Run launch(List<String> command) throws IOException, InterruptedException { return launch(work, command); }

    /**
     * A name chosen, as on any computer after the first start: otherwise the window asks who you are, and the
     * question's dialog is still open when the probe quits.
     */
    static void chooseName(Path work) throws IOException {
        Path data = Files.createDirectories(work.resolve("data/waymark"));
        Files.writeString(data.resolve("preferences.json"), "{\"userName\" : \"Start-up Bench\"}");
    }

    /** Runs one start-up to its first frame (the app quits there), its preferences and logs kept under {@code work}. */
    static Run launch(Path work, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("WAYMARK_EXIT_AFTER_FIRST_FRAME", "true");
        pb.environment().put("XDG_DATA_HOME", work.resolve("data").toString());   // preferences and logs stay out of the user's folder
        long start = System.nanoTime();
        pb.environment().put("WAYMARK_LAUNCHED_AT_MS", Long.toString(System.currentTimeMillis()));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return new Run(exit, output, (System.nanoTime() - start) / 1e6);
    }

    private Path launcher() {
        if (isWindows()) return image.resolve("Waymark.exe");
        if (isMac()) return image.resolve("Contents/MacOS/Waymark");
        return image.resolve("bin/Waymark");
    }

    private Path runtimeJava() {
        if (isWindows()) return image.resolve("runtime/bin/java.exe");
        if (isMac()) return image.resolve("Contents/runtime/Contents/Home/bin/java");
        return image.resolve("lib/runtime/bin/java");
    }

    private Path appJar() {
        if (isWindows()) return image.resolve("app/waymark.jar");
        if (isMac()) return image.resolve("Contents/app/waymark.jar");
        return image.resolve("lib/app/waymark.jar");
    }

    private static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
    }

    private static boolean isMac() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac");
    }

    static double median(List<Double> values) {
        if (values == null || values.isEmpty()) throw new IllegalStateException("no samples");
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    record Run(int exit, String output, double wallMs) {}
}
