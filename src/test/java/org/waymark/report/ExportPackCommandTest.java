package org.waymark.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The headless export-pack command, through the real command line. */
class ExportPackCommandTest {

    @TempDir Path dir;

    @Test
    void writesThePackForTheChosenSections() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Path out = dir.resolve("out/pack.pdf");
        CliRunner.Result r = CliRunner.run("export-pack", plan.toString(), "-o", out.toString(), "--meeting", "latest", "--sections", "summary,exceptions");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Wrote"), r.out());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            var titles = new java.util.ArrayList<String>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertEquals(java.util.List.of("Contents", "Summary", "Exception report"), titles);
        }
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left beside the pack");
        }
    }

    @Test
    void theFormatComesFromTheExtensionOrTheOption() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Path html = dir.resolve("pack.html"), forced = dir.resolve("pack.out");
        CliRunner.Result byName = CliRunner.run("export-pack", plan.toString(), "-o", html.toString(), "--sections", "summary");
        assertEquals(0, byName.exit(), byName.err());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
        CliRunner.Result byOption = CliRunner.run("export-pack", plan.toString(), "-o", forced.toString(), "--format", "HTML", "--sections", "summary");
        assertEquals(0, byOption.exit(), byOption.err());
        assertTrue(Files.readString(forced).startsWith("<!DOCTYPE html>"));
        CliRunner.Result pdf = CliRunner.run("export-pack", plan.toString(), "-o", dir.resolve("x.html").toString(), "--format", "pdf", "--sections", "summary");
        assertEquals(0, pdf.exit(), pdf.err());
        assertTrue(Files.readString(dir.resolve("x.html"), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        CliRunner.Result bad = CliRunner.run("export-pack", plan.toString(), "-o", dir.resolve("y.doc").toString(), "--format", "docx");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("Unknown format 'docx'. Choose html or pdf."), bad.err());
        assertFalse(Files.exists(dir.resolve("y.doc")));
    }

    @Test
    void anEmptyPlanStillMakesAReadablePack() throws Exception {
        Path plan;
        try (var s = TestPlans.empty(dir)) {
            new org.waymark.app.BoardService(s).takeSnapshot("Trust Board", java.time.LocalDate.of(2026, 12, 3));
            plan = s.file();
        }
        Path out = dir.resolve("empty.pdf");
        CliRunner.Result r = CliRunner.run("export-pack", plan.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("The plan holds no actions."), text);
            assertTrue(text.contains("No action is Red, overdue or revised since the last board."), text);
            assertTrue(text.contains("The plan tracks no metrics yet."));
            assertTrue(text.contains("There is no snapshot from an earlier board meeting"));
        }
    }

    @Test
    void aPlanWithoutMeetingsReportsAsAtTodayWithNothingToCompare() throws Exception {
        Path plan = TestPlans.oneActionNoMeeting(dir);
        Path out = dir.resolve("x.pdf");
        CliRunner.Result r;
        System.setProperty("waymark.today", "2026-11-25");
        try {
            r = CliRunner.run("export-pack", plan.toString(), "-o", out.toString());
        } finally {
            System.clearProperty("waymark.today");
        }
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("no board meeting yet") && r.out().contains("as at 25/11/2026") && r.out().contains("no earlier snapshot"), r.out());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("There is no snapshot from an earlier board meeting"), text);
            assertTrue(text.contains("A1"), "the overdue action is in the exception report");
        }
        CliRunner.Result named = CliRunner.run("export-pack", plan.toString(), "-o", dir.resolve("y.pdf").toString(), "--meeting", "Trust Board");
        assertEquals(2, named.exit());
        assertTrue(named.err().contains("no board meetings yet"), named.err());
        assertFalse(Files.exists(dir.resolve("y.pdf")));
    }

    @Test
    void badInputGetsAClearMessageAndNoFile() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Path out = dir.resolve("pack.pdf");
        CliRunner.Result section = CliRunner.run("export-pack", plan.toString(), "-o", out.toString(), "--sections", "summary,gossip");
        assertEquals(2, section.exit());
        assertTrue(section.err().contains("Unknown section 'gossip'"), section.err());
        CliRunner.Result meeting = CliRunner.run("export-pack", plan.toString(), "-o", out.toString(), "--meeting", "AGM 1999");
        assertEquals(2, meeting.exit());
        assertTrue(meeting.err().contains("No board meeting 'AGM 1999'"), meeting.err());
        CliRunner.Result missing = CliRunner.run("export-pack", dir.resolve("nope.waymark").toString(), "-o", out.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("No plan file"), missing.err());
        assertFalse(Files.exists(out));
    }
}
