package org.waymark.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.Main;
import org.waymark.app.TestPlans;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * SQLite's native library is unpacked into a temporary folder and loaded from there. When that folder cannot be
 * written, the message says so and what to do, rather than SQLite's bare "Error opening connection".
 */
class NativeLibraryTest {

    @TempDir Path dir;

    /** The real launcher in a child JVM, as an ordinary account (see HostileConditionsTest), with all it printed. */
    private Result waymark(List<String> jvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(HostileConditionsTest.setprivWorks(), "as root, permissions apply only without CAP_DAC_OVERRIDE");
            cmd.addAll(List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(jvmOptions);
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out);
    }

    private record Result(int exit, String out) {}

    @Test
    void anUnwritableTemporaryFolderIsNamedWithWhatToDo() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        byte[] before = Files.readAllBytes(plan);
        Path locked = Files.createDirectories(dir.resolve("tmp"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Result r = waymark(List.of("-Djava.io.tmpdir=" + locked, "-Dorg.sqlite.tmpdir=" + locked, "-Dwaymark.data.dir=" + dir.resolve("data")),
                    "check", plan.toString());
            assertEquals(2, r.exit(), r.out());
            assertTrue(r.out().contains("Waymark could not start SQLite: it unpacks SQLite's native library into " + locked), r.out());
            assertTrue(r.out().contains("-Dorg.sqlite.tmpdir=DIR"), r.out());
            assertFalse(r.out().contains("Error opening connection"), r.out());
            assertFalse(r.out().contains("\tat "), "no stack trace: " + r.out());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertArrayEquals(before, Files.readAllBytes(plan));
    }

    @Test
    void aDataFolderThatCannotBeMadeIsNamedWithWhatToDo() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("home"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Result r = waymark(List.of("-Dwaymark.data.dir=" + locked.resolve("waymark")), "check", dir.resolve("any.waymark").toString());
            assertEquals(2, r.exit(), r.out());
            assertTrue(r.out().startsWith("Waymark cannot use its data folder: Cannot create the folder " + locked.resolve("waymark")), r.out());
            assertTrue(r.out().contains("-Dwaymark.data.dir=DIR"), r.out());
            assertFalse(r.out().contains("\tat "), "no stack trace: " + r.out());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
