package org.waymark.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;
import org.waymark.domain.ActionStatus;
import org.waymark.store.Forgery;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.*;

/** `verify` works a pack out again from the plan as its log stood at the pack's chain head, and compares the figures. */
class VerifyFiguresTest {

    @TempDir Path dir;

    private static PackAnchor anchor(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return PackAnchor.read(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8)).orElseThrow();
        }
    }

    private static CliRunner.Result verify(Path pack, Path plan) {
        return CliRunner.run("verify", pack.toString(), "--against", plan.toString());
    }

    @Test
    void laterEditsDoNotUnsettleAnEarlierPackBecauseItsFiguresAreWorkedOutAtItsOwnRow() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Path pack = dir.resolve("board.pdf");
        assertEquals(0, CliRunner.run("export-pack", plan.toString(), "-o", pack.toString()).exit());
        PackAnchor before = anchor(pack);
        assertTrue(before.made().isPresent());
        assertTrue(before.made().get().fingerprint().figures().stream().anyMatch(f -> f.startsWith("summary / Red")), before.toString());

        try (PlanSession s = PlanSession.open(plan, false, "tester", Clock.systemDefaultZone())) {
            ActionService a = new ActionService(s);
            s.plan().actions().stream().limit(12).forEach(x -> a.changeStatus(x.id(), ActionStatus.ON_HOLD, "Paused by the board"));
        }
        Path later = dir.resolve("later.pdf");
        CliRunner.run("export-pack", plan.toString(), "-o", later.toString());
        assertNotEquals(before.made().get().fingerprint(), anchor(later).made().get().fingerprint(), "the edits changed what a pack made now shows");

        byte[] bytes = Files.readAllBytes(plan);
        CliRunner.Result r = verify(pack, plan);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("gives the pack's figures; every section agrees (cover, summary, readiness"), r.out());
        assertArrayEquals(bytes, Files.readAllBytes(plan), "verify only reads the plan");
        assertEquals(0, verify(later, plan).exit());
    }

    @Test
    void aPackMadeFromADoctoredCopyIsCaughtByItsFiguresThoughItsChainHeadIsGenuine() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Path doctored = dir.resolve("doctored.waymark");
        Files.copy(plan, doctored);
        // A019 is 35 days overdue (Red); the copy moves its dates with plain SQL and leaves the log alone.
        Forgery.sql(doctored, "UPDATE action SET current_due = '2027-06-30', original_due = '2027-06-30' WHERE ref = 'A019'");
        Path pack = dir.resolve("doctored.pdf");
        assertEquals(1, CliRunner.run("export-pack", doctored.toString(), "-o", pack.toString()).exit(), "exported, with the warning on its cover");

        CliRunner.Result r = verify(pack, plan);
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("the pack's chain head is in the plan's audit chain"), r.out());
        assertTrue(r.out().contains("Figures DIFFER"), r.out());
        assertTrue(r.out().contains("summary / Red (off track or overdue): the pack says "), r.out());
        assertTrue(r.out().contains("exceptions"), r.out());
        assertTrue(r.out().contains("The plan failed its checks when the pack was made"), r.out());
    }

    @Test
    void aFigureEditedInThePacksMetadataIsNamed() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Path pack = dir.resolve("board.pdf");
        assertEquals(0, CliRunner.run("export-pack", plan.toString(), "-o", pack.toString(), "--sections", "cover,summary").exit());
        String red = anchor(pack).made().get().fingerprint().figures().stream().filter(f -> f.startsWith("summary / Red")).findFirst().orElseThrow();
        String value = red.substring(red.lastIndexOf(": ") + 2);
        try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            String edited = xmp.replace("<rdf:li>" + red + "</rdf:li>", "<rdf:li>summary / Red (off track or overdue): 0</rdf:li>");
            assertNotEquals(xmp, edited);
            doc.getDocumentCatalog().setMetadata(new PDMetadata(doc, new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8))));
            doc.save(dir.resolve("edited.pdf").toFile());
        }
        CliRunner.Result r = verify(dir.resolve("edited.pdf"), plan);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("summary / Red (off track or overdue): the pack says 0, the plan gives " + value), r.out());
        assertFalse(r.out().contains("sections"), "the section text itself was not edited: " + r.out());
    }

    @Test
    void anHtmlPackIsVerifiedByTheRecordInItsDataBlock() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Path pack = dir.resolve("board.html");
        assertEquals(0, CliRunner.run("export-pack", plan.toString(), "-o", pack.toString()).exit());
        String html = Files.readString(pack);
        assertTrue(html.contains("<script type=\"application/json\" id=\"waymark-pack-record\">{"), "the record sits in a data block");

        CliRunner.Result r = verify(pack, plan);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("gives the pack's figures; every section agrees (cover, summary, readiness"), r.out());

        // a figure changed in the record: named, as for the PDF's metadata
        java.util.regex.Matcher red = java.util.regex.Pattern.compile("summary / Red \\(off track or overdue\\): (\\d+)").matcher(html);
        assertTrue(red.find(), html.substring(0, 2000));
        Path edited = Files.writeString(dir.resolve("edited.html"), html.replace(red.group(), "summary / Red (off track or overdue): 0" + (red.group(1).equals("0") ? "1" : "")));
        CliRunner.Result e = verify(edited, plan);
        assertEquals(1, e.exit(), e.out());
        assertTrue(e.out().contains("summary / Red (off track or overdue): the pack says 0"), e.out());

        // the plan's history recomputed after the pack: its head is no longer in the chain
        Forgery.moveDueDateAndCoverTracks(plan, "A019", "2027-06-30");
        CliRunner.Result f = verify(pack, plan);
        assertEquals(1, f.exit(), f.out());
        assertTrue(f.out().contains("NOT in the plan's chain"), f.out());
    }

    @Test
    void theHtmlRecordCannotBeClosedByTextFromThePlanAndReadsBackWhole() {
        PackFingerprint print = new PackFingerprint(java.util.Map.of("summary", "ab12"), java.util.List.of("summary / </script><b>x</b> & co: 3"));
        PackAnchor a = new PackAnchor(42, "f".repeat(64), "2026-11-25T10:00:00Z", true, java.util.Optional.of(
                new PackAnchor.Made(java.time.LocalDate.of(2026, 11, 25), 3, java.util.EnumSet.of(org.waymark.app.PackSection.SUMMARY), print)));
        String json = a.json();
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        assertEquals(a, PackAnchor.readJson(json).orElseThrow());
    }
}
