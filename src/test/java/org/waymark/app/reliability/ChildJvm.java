package org.waymark.app.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A second JVM running one of the small test mains, on this JVM's class path: a second app instance, or a victim to kill. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final PrintWriter in;

    private ChildJvm(Process process) {
        this.process = process;
        this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (IOException ignored) {
                // the child was killed: that is the point of some tests
            }
            lines.add("<EOF>");
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    public static List<String> command(Path dataDir, Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Dwaymark.data.dir=" + dataDir);
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    public static ChildJvm start(Path dataDir, Class<?> main, String... args) throws IOException {
        return start(command(dataDir, main, args));
    }

    public static ChildJvm start(List<String> command) throws IOException {
        return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** The next line the child printed, or fails the test after {@code seconds}. */
    public String nextLine(int seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null) throw new AssertionError("the child JVM printed nothing for " + seconds + " s");
        return line;
    }

    /** Waits for a line starting with {@code prefix}, skipping others. */
    public String awaitLine(String prefix, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String line = lines.poll(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) break;
            if (line.startsWith(prefix)) return line;
            if (line.equals("<EOF>")) throw new AssertionError("the child JVM ended before printing " + prefix);
        }
        throw new AssertionError("the child JVM did not print " + prefix + " within " + seconds + " s");
    }

    public BlockingQueue<String> lines() { return lines; }

    void send(String line) { in.println(line); }

    public Process process() { return process; }

    public int waitFor(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) throw new AssertionError("the child JVM did not end within " + seconds + " s");
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, no closing of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
