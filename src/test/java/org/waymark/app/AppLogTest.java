package org.waymark.app;

import org.waymark.app.infra.RuntimeSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log file, seen from outside: a separate JVM sets up the runtime and then dies of an error nobody caught. */
class AppLogTest {

    @TempDir Path data;

    @Test
    void anUncaughtErrorLandsInTheLogFileInTheDataFolder() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dwaymark.data.dir=" + data, Crashes.class.getName())
                .redirectErrorStream(true).redirectOutput(data.resolve("console.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        assertEquals(1, p.exitValue(), "an uncaught error in main exits with 1");

        Path log = data.resolve("logs").resolve("waymark-0.0.log");
        assertTrue(Files.exists(log), "no log file in " + data.resolve("logs") + ": " + List.of(new File(data.toFile(), "logs").list()));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("Uncaught in thread main"), text);
        assertTrue(text.contains("the plan store broke"), text);
        assertTrue(text.contains("at org.waymark.app.AppLogTest$Crashes.main"), "the stack trace is kept: " + text);
    }

    /** Runs in the child JVM. */
    public static final class Crashes {
        public static void main(String[] args) {
            RuntimeSetup.configure();
            throw new IllegalStateException("the plan store broke");
        }
    }
}
