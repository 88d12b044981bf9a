package org.waymark.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.StartupTidy;
import org.waymark.app.TestPlans;
import org.waymark.app.infra.AppDirectories;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The app as a separate process, started as Main starts it: a refused XXE workbook gets the app's own message and
 * none of POI's log lines, a pack export prints nothing from its libraries, and stale leftovers are tidied on start.
 */
class QuietConsoleTest {

    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    private Run waymark(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwaymark.data.dir=" + dir.resolve("home"), "-Djava.awt.headless=true", "-cp", runtimeClassPath(), "org.waymark.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes(), err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** The test class path less SLF4J, which only test libraries bring: the shipped lib/ folder has none. */
    private static String runtimeClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.contains("org/slf4j")).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    @Test void anXxeWorkbookIsRefusedForSafetyWithNoLibraryLinesOnTheConsole() throws Exception {
        Path plan;
        try (PlanSession s = TestPlans.demo(dir)) { plan = s.file(); }
        Path register = dir.resolve("register.xlsx"), xxe = dir.resolve("xxe.xlsx");
        assertEquals(0, waymark("export", plan.toString(), "-o", register.toString()).exit());
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(register)); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(xxe))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\\?>", "?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
            }
        }
        byte[] before = Files.readAllBytes(plan);
        Run r = waymark("import", xxe.toString(), "--into", plan.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().startsWith("xxe.xlsx was refused for safety"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "only the app's message: " + r.err());
        assertArrayEquals(before, Files.readAllBytes(plan));
    }

    @Test void aPackExportPrintsNothingFromItsLibraries() throws Exception {
        Path plan;
        try (PlanSession s = TestPlans.demo(dir)) { plan = s.file(); }
        Run r = waymark("export-pack", plan.toString(), "-o", dir.resolve("pack.pdf").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
    }

    @Test void staleLeftoversAreRemovedAndFreshOnesKept() throws Exception {
        AppDirectories dirs = new AppDirectories(dir.resolve("tidy"));
        Path old = Files.writeString(dirs.backups().resolve("plan-20261201.waymark.partial"), "x");
        Path fresh = Files.writeString(dirs.backups().resolve("plan-20261202.waymark.partial"), "x");
        Path oldLib = Files.writeString(dirs.nativeTemp().resolve("sqlite-3.53.4.0-1234-libsqlitejdbc.so"), "x");
        Path backup = Files.writeString(dirs.backups().resolve("plan-20261130.waymark"), "x");
        for (Path p : List.of(old, oldLib, backup)) Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        assertEquals(2, StartupTidy.run(dirs));
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(oldLib));
        assertTrue(Files.exists(fresh), "a backup being written now is left alone");
        assertTrue(Files.exists(backup), "finished backups are never touched");
    }
}
