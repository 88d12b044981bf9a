package org.waymark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The commands' launcher hands a window to the window's launcher ({@link Main#WINDOW_LAUNCHER}) and waits for it,
 * passing its arguments through and its exit code back; commands stay in the process that was asked. Real processes:
 * Main as the commands' launcher starts it, and a script stands in for the window's launcher, recording what it got.
 */
class WindowHandOverTest {

    @TempDir Path dir;

    private record Run(int exit, String said) {}

    private Run main(Path windowLauncher, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwaymark.data.dir=" + dir.resolve("home"), "-D" + Main.WINDOW_LAUNCHER + "=" + windowLauncher,
                "-cp", System.getProperty("java.class.path"), "org.waymark.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        // No display: were the window opened in this process, it would fail and say so rather than hang the test.
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), said);
    }

    private Path recordingLauncher(int exit) throws Exception {
        Path script = dir.resolve("window-launcher.sh");
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + dir.resolve("got.txt") + "'\nexit " + exit + "\n");
        assertTrue(script.toFile().setExecutable(true));
        return script;
    }

    @Test
    void aWindowIsHandedOverWithItsArgumentsAndItsExitCodeComesBack() throws Exception {
        Path launcher = recordingLauncher(7);
        Run r = main(launcher, "--read-only", "my plan.waymark");
        assertEquals(7, r.exit(), r.said());
        assertEquals(List.of("--read-only", "my plan.waymark"), Files.readAllLines(dir.resolve("got.txt")));

        Files.delete(dir.resolve("got.txt"));
        Run shared = main(launcher, "postgresql://dbhost/waymark_plan");
        assertEquals(7, shared.exit(), shared.said());
        assertEquals(List.of("postgresql://dbhost/waymark_plan"), Files.readAllLines(dir.resolve("got.txt")));
    }

    @Test
    void aCommandIsNotHandedOver() throws Exception {
        Run r = main(recordingLauncher(7), "--version");
        assertEquals(0, r.exit(), r.said());
        assertTrue(r.said().contains("Waymark"), r.said());
        assertFalse(Files.exists(dir.resolve("got.txt")), "the window's launcher was not started");
    }

    @Test
    void withoutAWindowLauncherTheWindowOpensHere() throws Exception {
        Run r = main(dir.resolve("no-such-launcher"), "plan.waymark");
        assertEquals(2, r.exit(), r.said());
        assertTrue(r.said().contains("Waymark could not open its window"), r.said());
    }
}
