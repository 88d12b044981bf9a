package org.waymark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The window started where there is no display (a server, an SSH session): one sentence saying so and what works
 * instead, exit 2, and no JavaFX stack trace. Run as its own process with no DISPLAY and the real (GTK) toolkit.
 */
class NoDisplayTest {

    @TempDir Path dir;

    @Test
    void withNoDisplayTheWindowSaysWhyAndPointsAtTheCommands() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwaymark.data.dir=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"), "org.waymark.Main"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes(), err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String said = new String(out, StandardCharsets.UTF_8) + new String(err, StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), said);
        assertTrue(said.contains("Waymark could not open its window: there is no graphical display (DISPLAY is not set)."), said);
        assertTrue(said.contains("waymark --help lists them"), said);
        assertFalse(said.contains("\tat "), "no stack trace on the terminal: " + said);
    }
}
