package org.waymark.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.demo.DemoPlanGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outside judges of the HTML pack, on the demo plan, a 2,000-action plan and a plan full of hostile text: axe-core
 * in headless Chromium (WCAG 2.0, 2.1 and 2.2 A and AA rules, light and dark) must find no violation, and the Nu
 * HTML Checker no error. Skipped, saying why, when the node packages (npm ci) or Chromium are not installed;
 * .ci/run installs them.
 */
class HtmlPackJudgesTest {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path VNU = ROOT.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir static Path dir;
    static Path demo, large, hostile;

    @BeforeAll
    static void export() {
        String missing = !Files.isDirectory(ROOT.resolve("node_modules/axe-core")) || !Files.isDirectory(ROOT.resolve("node_modules/playwright-core"))
                || !Files.isRegularFile(VNU) ? "the node packages are not installed (run npm ci)"
                : !Files.isExecutable(CHROMIUM) ? "Chromium is not installed at " + CHROMIUM : null;
        if (missing != null) System.out.println("HtmlPackJudgesTest skipped: " + missing);
        Assumptions.assumeTrue(missing == null, missing);
        demo = dir.resolve("demo.html");
        large = dir.resolve("large.html");
        hostile = dir.resolve("hostile.html");
        try (PlanSession s = TestPlans.demo(dir)) {
            PackQuestions.askAndAnswer(s);
            exportHtml(s, demo);
        }
        try (PlanSession s = DemoPlanGenerator.write(dir.resolve("large.waymark"), 2000, 7, false, "tester", TestPlans.CLOCK)) {
            exportHtml(s, large);
        }
        try (PlanSession s = HostilePlans.write(dir.resolve("hostile"))) {
            exportHtml(s, hostile);
        }
    }

    static void exportHtml(PlanSession s, Path out) {
        long meeting = new BoardPackService(s).meeting("latest").orElseThrow().id();
        new PdfBoardPackExporter().export(s, meeting, EnumSet.allOf(PackSection.class), out, BoardPackExporter.Progress.NONE);
    }

    @Test
    void theNuHtmlCheckerFindsNoError() throws Exception {
        Result r = run(List.of(java(), "-jar", VNU.toString(), "--errors-only", demo.toString(), large.toString(), hostile.toString()), 10);
        assertEquals(0, r.exit(), "vnu.jar reported:\n" + r.output());
        assertEquals("", r.output().strip(), "vnu.jar reported errors");
    }

    @Test
    void axeFindsNoViolationInLightOrDark() throws Exception {
        Result r = run(List.of("node", ROOT.resolve("src/test/node/axe-check.mjs").toString(), demo.toString(), large.toString(), hostile.toString()), 40);
        assertTrue(r.output().contains("axe: 0 violation(s)"), r.output());
        assertEquals(0, r.exit(), r.output());
        for (String file : List.of("demo.html", "large.html", "hostile.html")) {
            for (String scheme : List.of("light", "dark")) assertTrue(r.output().contains(file + " " + scheme + ": 0 rule(s) violated"), r.output());
        }
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command, int minutes) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "judge", ".log");
        List<String> cmd = new ArrayList<>(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process p = pb.start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in " + minutes + " minutes:\n" + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
