package org.waymark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.TestPlans;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Commands run as a user runs them, in a child JVM started as the launcher starts: each loads only the libraries it
 * uses (read from the JVM's own class-loading log), and no library prints a warning on the terminal.
 */
class CommandFootprintTest {

    @TempDir static Path dir;
    static Path plan;

    record Run(int exit, String out, String err, List<String> classes) {}

    @BeforeAll static void writePlan() {
        plan = TestPlans.demoFile(dir);
    }

    /** The test class path less SLF4J, which only test libraries bring: the shipped lib/ folder has none. */
    private static String runtimeClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("org/slf4j")).collect(Collectors.joining(File.pathSeparator));
    }

    private static Run waymark(String... args) throws Exception {
        Path log = Files.createTempFile(dir, "classes", ".txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-Dwaymark.data.dir=" + dir.resolve("home"), "-cp", runtimeClassPath(), "org.waymark.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes(), err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        List<String> classes = Files.readAllLines(log).stream().map(l -> l.split(" ")).filter(f -> f.length > 1).map(f -> f[1]).toList();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8), classes);
    }

    private static long loaded(Run r, String prefix) {
        return r.classes().stream().filter(c -> c.startsWith(prefix)).count();
    }

    @Test void checkLoadsNoPdfSpreadsheetOrWindowLibrary() throws Exception {
        Run r = waymark("check", plan.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("", r.err());
        assertTrue(r.classes().contains("org.waymark.cli.CheckCommand"), "the log is read: " + r.classes().size() + " classes");
        for (String library : List.of("org.apache.pdfbox.", "org.apache.fontbox.", "org.apache.poi.", "org.apache.xmlbeans.", "javafx.",
                "com.sun.javafx.", "org.apache.logging.log4j.", "org.waymark.report.", "org.waymark.io.", "org.waymark.ui.")) {
            assertEquals(0, loaded(r, library), library + " loaded by check");
        }
    }

    @Test void aPackLoadsNoSpreadsheetLibraryAndNoLog4j() throws Exception {
        Run r = waymark("export-pack", plan.toString(), "-o", dir.resolve("pack.pdf").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("", r.err());
        assertTrue(loaded(r, "org.apache.pdfbox.") > 0, "the pack is drawn with PDFBox");
        for (String library : List.of("org.apache.poi.", "org.apache.xmlbeans.", "javafx.", "org.apache.logging.log4j.", "org.waymark.io.", "org.waymark.ui.")) {
            assertEquals(0, loaded(r, library), library + " loaded by export-pack");
        }
    }

    @Test void helpBuildsEveryCommandButLoadsNoLibraryOfTheirs() throws Exception {
        Run r = waymark("--help");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        for (String name : Main.commandNames()) assertTrue(r.out().contains("  " + name + " "), name + " listed in\n" + r.out());
        for (String library : List.of("org.apache.pdfbox.", "org.apache.poi.", "com.fasterxml.jackson.databind.", "org.sqlite.")) {
            assertEquals(0, loaded(r, library), library + " loaded by --help");
        }
    }

    /** POI logs through the Log4j API: with log4j-to-jul its lines reach the log file, never "could not find a logging provider". */
    @Test void aSpreadsheetExportPrintsNothingFromItsLibraries() throws Exception {
        Run r = waymark("export", plan.toString(), "-o", dir.resolve("register.xlsx").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("", r.err());
        assertTrue(loaded(r, "org.apache.poi.") > 0, "the register is written with POI");
        assertTrue(loaded(r, "org.apache.logging.log4j.tojul.") > 0, "POI's Log4j API finds the bridge to java.util.logging");
    }
}
