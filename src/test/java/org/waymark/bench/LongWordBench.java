package org.waymark.bench;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.waymark.app.ActionService;
import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.domain.Action;
import org.waymark.report.PdfBoardPackExporter;
import org.waymark.report.layout.PackFonts;
import org.waymark.report.layout.Wrap;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;

/**
 * A 1,000,000-character unbroken word in the board pack (issue: wrapping grew with the square of the length).
 * <pre>
 *   ./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.waymark.bench.LongWordBench
 * </pre>
 * Prints (1) wrapping the word into the appendix's action column against wrapping 1,000,000 characters of ordinary
 * words, (2) a whole 60-action pack whose first action's title is that word against the same pack without it, and
 * (3) the previous quadratic wrap on 20,000 characters, for scale. Goal: the whole pack with the word under 5 s.
 */
public final class LongWordBench {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final int LENGTH = 1_000_000;

    public static void main(String[] args) throws Exception {
        String word = "W".repeat(LENGTH);
        String prose = ("Review medicines storage at every station weekly ".repeat(LENGTH / 49 + 1)).substring(0, LENGTH);
        try (PDDocument doc = new PDDocument()) {
            PackFonts fonts = new PackFonts(doc);
            float column = 180;
            double w = Stats.medianMillis(2, 7, () -> Wrap.lines(fonts, PackFonts.Face.REGULAR, 7.5f, word, column));
            double p = Stats.medianMillis(2, 7, () -> Wrap.lines(fonts, PackFonts.Face.REGULAR, 7.5f, prose, column));
            Stats.print("wrap a 1,000,000-char word", w, "1,000,000 chars of prose", p, "linear (ratio near 1)");
            String small = "W".repeat(20_000);
            double q = Stats.medianMillis(0, 1, () -> quadratic(fonts, small, column));
            double l = Stats.medianMillis(1, 5, () -> Wrap.lines(fonts, PackFonts.Face.REGULAR, 7.5f, small, column));
            Stats.print("previous wrap, 20,000-char word", q, "linear wrap, same word", l, "for scale");
        }
        Path dir = Files.createTempDirectory("waymark-longword");
        Path plain = dir.resolve("plain.waymark"), long1 = dir.resolve("long.waymark");
        try (PlanSession s = DemoPlanGenerator.write(plain, 60, 7, false, "bench", CLOCK)) { /* baseline plan */ }
        try (PlanSession s = DemoPlanGenerator.write(long1, 60, 7, false, "bench", CLOCK)) {
            Action a = s.plan().actions().get(0);
            new ActionService(s).editDetails(new Action(a.id(), a.ref(), word, a.description(), a.requirementId(), a.themeId(),
                    a.executiveLeadId(), a.operationalLeadId(), a.committeeId(), a.start(), a.originalDue(), a.currentDue(),
                    a.status(), a.progress(), a.override(), a.signOff()), "bench");
        }
        double[] withWord = pack(long1, dir.resolve("long.pdf"));
        double[] without = pack(plain, dir.resolve("plain.pdf"));
        Stats.print("whole pack, title of 1,000,000 chars (wall)", withWord[0], "same pack, ordinary titles", without[0], "< 5000 ms");
        Stats.print("whole pack, title of 1,000,000 chars (CPU)", withWord[1], "same pack, ordinary titles", without[1], "< 5000 ms");
        System.out.printf("pack with the word: %d bytes%n", Files.size(dir.resolve("long.pdf")));
    }

    /** Median wall and CPU (of the exporting thread) milliseconds: CPU shows the cost when other builds share the cores. */
    private static double[] pack(Path plan, Path out) throws Exception {
        try (PlanSession s = PlanSession.open(plan, true, "bench", CLOCK)) {
            long meeting = new BoardPackService(s).meeting("latest").orElseThrow().id();
            var threads = ManagementFactory.getThreadMXBean();
            double[] wall = new double[3], cpu = new double[3];
            new PdfBoardPackExporter().export(s, meeting, EnumSet.allOf(PackSection.class), out, BoardPackExporter.Progress.NONE);
            for (int i = 0; i < wall.length; i++) {
                long t = System.nanoTime(), c = threads.getCurrentThreadCpuTime();
                new PdfBoardPackExporter().export(s, meeting, EnumSet.allOf(PackSection.class), out, BoardPackExporter.Progress.NONE);
                wall[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            return new double[]{wall[1], cpu[1]};
        }
    }

    /** The wrap before this change: every cut grown one character at a time and re-measured. */
    private static void quadratic(PackFonts fonts, String rest, float width) {
        while (fonts.width(PackFonts.Face.REGULAR, 7.5f, rest) > width) {
            int n = 1;
            while (n < rest.length() && fonts.width(PackFonts.Face.REGULAR, 7.5f, rest.substring(0, n + 1)) <= width) n++;
            rest = rest.substring(n);
        }
    }
}
