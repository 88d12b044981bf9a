package org.waymark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Commands as whole processes against their floors (issue: cold start of the CLI), paired: in every round the
 * floor and the command run back to back, in alternating order, so load from other work on the machine falls on
 * both. Wall time from here; CPU (user + sys) and peak resident memory from /usr/bin/time, which are steadier
 * than wall time on a shared machine. Prints medians and the command-to-floor ratios.
 *
 * <pre>java -cp target/test-classes:target/waymark.jar org.waymark.bench.CommandStartBench [RUNS] [--large PLAN] [--jar JAR | --image DIR]</pre>
 *
 * {@code --large} adds check of a big plan (write one with {@code demo --actions 20000}) against sqlite3's
 * integrity check plus one streaming SHA-256 pass over its audit rows. {@code --jar} measures another build;
 * {@code --image} the app-image's commands' launcher (see {@link Launch}). {@code check} is also set beside
 * {@link org.waymark.bench.floor.LeastCheck}, the least a Java check can be, to show how much of it is ours.
 */
public final class CommandStartBench {

    record Sample(double wallMs, double cpuMs, long rssKb) {}

    record Pair(String name, List<String> command, String floorName, List<String> floor, String goal) {}

    private static final Path TIME = Path.of("/usr/bin/time");

    public static void main(String[] args) throws Exception {
        int runs = 9;
        Path large = null;
        Path jar = Path.of("target/waymark.jar");
        Path image = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--large" -> large = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--image" -> image = Path.of(args[++i]).toAbsolutePath();
                default -> runs = Integer.parseInt(args[i]);
            }
        }
        Path work = Files.createTempDirectory("waymark-start-bench");
        Launch launch = image == null ? Launch.jar(jar.toAbsolutePath()) : Launch.image(image);
        Path plan = work.resolve("p300.waymark");
        run(launch.command("demo", "-o", plan.toString(), "--actions", "300"), work);

        List<Pair> pairs = new ArrayList<>(List.of(
                new Pair("--help", launch.command("--help"), "empty main", launch.floor("EmptyMain"), "—"),
                new Pair("check (300 actions)", launch.command("check", plan.toString()), "empty main", launch.floor("EmptyMain"), "≤ 2×"),
                new Pair("check (300 actions)", launch.command("check", plan.toString()), "least Java check", launch.floor("LeastCheck", plan.toString()), "—"),
                new Pair("export-pack (300 actions)", launch.command("export-pack", plan.toString(), "-o", work.resolve("pack.pdf").toString()),
                        "PDFBox hello", launch.floor("PdfHello", work.resolve("hello.pdf").toString()), "≤ 1.5×")));
        if (large != null) {
            String sqliteFloor = "sqlite3 -readonly '" + large + "' 'PRAGMA integrity_check' >/dev/null && sqlite3 -readonly '" + large
                    + "' 'SELECT id, entity, entity_id, field, old_value, new_value, who, at, why, prev_hash, hash FROM audit_log ORDER BY id' | sha256sum >/dev/null";
            String name = "check (" + large.getFileName() + ")";
            pairs.add(new Pair(name, launch.command("check", large.toString()), "sqlite3 integrity + SHA-256", List.of("sh", "-c", sqliteFloor), "≤ 2×, peak ≤ 256 MB"));
            pairs.add(new Pair(name, launch.command("check", large.toString()), "least Java check", launch.floor("LeastCheck", large.toString()), "—"));
        }
        System.out.printf(Locale.ROOT, "%d paired runs after one unmeasured run each; %s; load average at start %s%n", runs, launch.what(), loadAverage());
        for (Pair p : pairs) {
            run(p.command(), work);
            run(p.floor(), work);
            List<Sample> cmd = new ArrayList<>(), floor = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                if (i % 2 == 0) {
                    cmd.add(run(p.command(), work));
                    floor.add(run(p.floor(), work));
                } else {
                    floor.add(run(p.floor(), work));
                    cmd.add(run(p.command(), work));
                }
            }
            print(p, cmd, floor);
        }
        System.out.println("load average at end " + loadAverage());
    }

    private static void print(Pair p, List<Sample> cmd, List<Sample> floor) {
        double w = median(cmd, Sample::wallMs), fw = median(floor, Sample::wallMs);
        double c = median(cmd, Sample::cpuMs), fc = median(floor, Sample::cpuMs);
        double r = median(cmd, s -> s.rssKb() / 1024.0), fr = median(floor, s -> s.rssKb() / 1024.0);
        System.out.printf(Locale.ROOT, "%-28s wall %7.0f ms  cpu %7.0f ms  peak %5.0f MB | %-27s wall %7.0f ms  cpu %7.0f ms  peak %5.0f MB | wall %5.2f×  cpu %5.2f× | goal %s%n",
                p.name(), w, c, r, p.floorName(), fw, fc, fr, w / fw, c / fc, p.goal());
    }

    private static double median(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> f) {
        double[] v = samples.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** One whole process; fails the benchmark if it does not succeed, so a broken command cannot look fast. */
    private static Sample run(List<String> command, Path work) throws IOException, InterruptedException {
        Path times = work.resolve("time.txt");
        List<String> cmd = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) cmd.addAll(List.of(TIME.toString(), "-o", times.toString(), "-f", "%U %S %M"));
        cmd.addAll(command);
        long t = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("out.txt").toFile());
        // The commands' data folder (logs, backups) in the bench's own folder, not the user's.
        pb.environment().put("XDG_DATA_HOME", work.resolve("data").toString());
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("Failed (" + (p.isAlive() ? "timed out" : "exit " + p.exitValue()) + "): " + command + "\n" + Files.readString(work.resolve("out.txt")));
        }
        double wall = (System.nanoTime() - t) / 1e6;
        if (!timed) return new Sample(wall, Double.NaN, 0);
        String[] f = Files.readAllLines(times).get(Files.readAllLines(times).size() - 1).trim().split("\\s+");
        return new Sample(wall, (Double.parseDouble(f[0]) + Double.parseDouble(f[1])) * 1000, Long.parseLong(f[2]));
    }

    private static String loadAverage() {
        try {
            return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" ")).limit(3).reduce((a, b) -> a + " " + b).orElse("?");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
