package org.waymark.integrity;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;
import org.waymark.store.Forgery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.junit.jupiter.api.Assertions.*;

/** A board pack anchors the history it was made from: a chain recomputed afterwards is caught by `verify`. */
class PackAnchorTest {

    @TempDir Path dir;

    private static String coverText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setEndPage(1);
            return s.getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aRecomputedChainIsCaughtByVerifyAgainstAnEarlierPack() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Path pack = dir.resolve("pack.pdf");
        assertEquals(0, CliRunner.run("export-pack", plan.toString(), "-o", pack.toString()).exit());
        String head;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + plan); var rs = c.createStatement().executeQuery("SELECT id, substr(hash, 1, 12) FROM audit_log ORDER BY id DESC LIMIT 1")) {
            head = "row " + rs.getLong(1) + ", hash " + rs.getString(2);
        }
        assertTrue(coverText(pack).contains("Audit chain head " + head), coverText(pack));

        CliRunner.Result ok = CliRunner.run("verify", pack.toString(), "--against", plan.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("the pack's chain head is in the plan's audit chain"), ok.out());

        Forgery.moveDueDateAndCoverTracks(plan, "A019", "2027-06-30");
        assertEquals(0, CliRunner.run("check", plan.toString()).exit(), "without an anchor the forgery passes check: that is why packs carry one");
        byte[] before = Files.readAllBytes(plan);
        CliRunner.Result caught = CliRunner.run("verify", pack.toString(), "--against", plan.toString());
        assertEquals(1, caught.exit(), caught.out());
        assertTrue(caught.out().contains("NOT in the plan's chain") && caught.out().contains("history rewritten"), caught.out());
        assertArrayEquals(before, Files.readAllBytes(plan));
    }

    @Test
    void aBrokenPlanStillExportsButSaysSoOnTheCoverAndExitsOne() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Forgery.sql(plan, "UPDATE action SET current_due = '2027-06-30' WHERE ref = 'A019'");
        byte[] before = Files.readAllBytes(plan);
        Path pack = dir.resolve("broken.pdf");
        CliRunner.Result r = CliRunner.run("export-pack", plan.toString(), "-o", pack.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("failed its integrity check"), r.err());
        assertTrue(coverText(pack).contains("This plan FAILED its integrity check when the pack was made"), coverText(pack));
        assertTrue(coverText(pack).contains("current_due logged"), coverText(pack));
        assertArrayEquals(before, Files.readAllBytes(plan));
    }

    @Test
    void aBrokenPlanWithNoBoardMeetingExitsOneToo() throws Exception {
        Path plan = TestPlans.oneActionNoMeeting(dir);
        Path pack = dir.resolve("as-at.pdf");
        assertEquals(0, CliRunner.run("export-pack", plan.toString(), "-o", pack.toString()).exit(), "healthy: the pack as at today");
        Forgery.sql(plan, "UPDATE action SET current_due = '2027-06-30' WHERE ref = 'A1'");
        CliRunner.Result r = CliRunner.run("export-pack", plan.toString(), "-o", pack.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("no board meeting yet"), r.out());
        assertTrue(r.err().contains("failed its integrity check"), r.err());
        assertTrue(coverText(pack).contains("This plan FAILED its integrity check when the pack was made"), coverText(pack));
    }
}
