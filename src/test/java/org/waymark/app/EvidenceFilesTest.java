package org.waymark.app;

import org.waymark.app.infra.Backups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.EvidenceFile;
import org.waymark.domain.EvidenceItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Evidence files copied into real plan files or linked beside them: hashes, limits, opening, check, backup and restore. */
class EvidenceFilesTest {

    @TempDir Path dir;

    static String sha(byte[] b) throws Exception { return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b)); }

    static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    long firstAction(PlanSession s) { return s.plan().actions().get(0).id(); }

    @Test
    void anAttachedFileIsCopiedIntoThePlanOnceByContentAndTheAuditHoldsOnlyNameSizeAndHash() throws Exception {
        byte[] content = bytes(300_000, 1);
        Path pdf = Files.write(dir.resolve("QPS minutes.pdf"), content);
        try (PlanSession s = TestPlans.demo(dir)) {
            EvidenceFileService files = new EvidenceFileService(s);
            long action = firstAction(s);
            long id = files.attach(action, pdf, "Minutes", "Item 7").id();
            Files.delete(pdf);   // the plan holds its own copy

            EvidenceItem item = s.plan().evidenceOf(action).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
            assertEquals("QPS minutes.pdf", item.reference());
            EvidenceFile f = files.file(id).orElseThrow();
            assertEquals(new EvidenceFile(id, "QPS minutes.pdf", content.length, sha(content), null), f);
            AuditEntryView audit = s.history("evidence", id).stream().filter(r -> r.field().equals("file")).findFirst().orElseThrow();
            assertTrue(audit.newValue().contains(sha(content)) && audit.newValue().contains("\"size\":300000") && audit.newValue().contains("QPS minutes.pdf"), audit.newValue());
            assertTrue(audit.newValue().length() < 300, "no bytes in the audit log");

            Path copy = files.openableCopy(id);
            assertArrayEquals(content, Files.readAllBytes(copy));
            assertEquals("QPS minutes.pdf", copy.getFileName().toString());

            long second = files.attach(action, Files.write(dir.resolve("same.pdf"), content), "Minutes", "").id();
            assertEquals(1L, count(s.file(), "SELECT count(*) FROM attachment"), "same content stored once");
            assertEquals(EvidenceFileService.State.IN_PLAN, files.state(files.file(second).orElseThrow()));
            assertTrue(s.verifyAudit().intact());
        }
        PlanHealth h = PlanHealth.check(dir.resolve("demo.waymark"), Clock.systemUTC());
        assertTrue(h.healthy(), h.problems().toString());
    }

    @Test
    void aFileOverThePlansSizeLimitIsRefusedWithNothingWritten() throws Exception {
        try (PlanSession s = TestPlans.demo(dir)) {
            EvidenceFileService files = new EvidenceFileService(s);
            assertEquals(25, files.limitMb(), "25 MB by default");
            files.saveLimitMb(1);
            assertEquals(1, files.limitMb());
            assertThrows(Refused.class, () -> files.saveLimitMb(0));
            Path big = Files.write(dir.resolve("big.mp4"), bytes(1_500_000, 2));
            long rows = s.auditRows();
            int evidence = s.plan().evidenceOf(firstAction(s)).size();
            Refused r = assertThrows(Refused.class, () -> files.attach(firstAction(s), big, "Data", ""));
            assertTrue(r.getMessage().contains("1.4 MB") && r.getMessage().contains("up to 1 MB"), r.getMessage());
            assertEquals(rows, s.auditRows());
            assertEquals(evidence, s.plan().evidenceOf(firstAction(s)).size());
            assertThrows(Refused.class, () -> files.attach(firstAction(s), dir, "Data", ""), "a folder is not a file");
        }
    }

    @Test
    void aLinkedFileIsReportedWhenItChangesOrGoesAndCheckStillPasses() throws Exception {
        Path outside = Files.writeString(dir.resolve("audit.xlsx"), "first version");
        Path planFile;
        long id;
        try (PlanSession s = TestPlans.demo(dir)) {
            planFile = s.file();
            EvidenceFileService files = new EvidenceFileService(s);
            id = files.link(firstAction(s), outside, "Audit", "").id();
            EvidenceFile f = files.file(id).orElseThrow();
            assertEquals(outside.toAbsolutePath().toString(), f.linkedPath());
            assertEquals(sha("first version".getBytes()), f.sha256());
            assertEquals(EvidenceFileService.State.UNCHANGED, files.state(f));
            Files.writeString(outside, "edited later");
            assertEquals(EvidenceFileService.State.CHANGED, files.state(f));
        }
        PlanHealth changed = PlanHealth.check(planFile, Clock.systemUTC());
        assertTrue(changed.healthy(), "the plan itself is sound");
        assertEquals(1, changed.changedLinks().size());
        assertTrue(changed.changedLinks().get(0).contains("CHANGED"), changed.changedLinks().toString());
        Files.delete(outside);
        PlanHealth gone = PlanHealth.check(planFile, Clock.systemUTC());
        assertTrue(gone.changedLinks().get(0).contains("MISSING"), gone.changedLinks().toString());
    }

    @Test
    void aPlanWithAttachmentsBacksUpAndRestoresWholeAndTamperedBytesAreCaught() throws Exception {
        byte[] content = bytes(200_000, 3);
        Path planFile;
        long id;
        try (PlanSession s = TestPlans.demo(dir)) {
            planFile = s.file();
            id = new EvidenceFileService(s).attach(firstAction(s), Files.write(dir.resolve("photo.jpg"), content), "Photo", "").id();
        }
        Backups backups = new Backups(dir.resolve("backups"), 10, Clock.systemUTC());
        Path backup = backups.take(planFile, Backups.ON_OPEN);
        try (PlanSession s = PlanSession.openAsIs(planFile, false, "tester", TestPlans.CLOCK)) {
            new EvidenceFileService(s).remove(s.plan().evidenceOf(s.plan().actions().get(0).id()).stream().filter(e -> e.id() == id).findFirst().orElseThrow(), "Undo: attach");
            assertEquals(0L, count(planFile, "SELECT count(*) FROM attachment"), "bytes no item uses are removed");
            assertTrue(s.verifyAudit().intact());
        }
        backups.restore(planFile, backup, "tester", (done, total, message) -> { });
        try (PlanSession s = PlanSession.openAsIs(planFile, true, "tester", TestPlans.CLOCK)) {
            assertArrayEquals(content, Files.readAllBytes(new EvidenceFileService(s).openableCopy(id)), "restored whole, bytes and all");
        }
        assertTrue(PlanHealth.check(planFile, Clock.systemUTC()).healthy());

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + planFile)) {
            c.createStatement().executeUpdate("UPDATE attachment SET content = zeroblob(size)");
        }
        PlanHealth tampered = PlanHealth.check(planFile, Clock.systemUTC());
        assertFalse(tampered.healthy());
        assertTrue(tampered.problems().stream().anyMatch(p -> p.contains("altered")), tampered.problems().toString());
        try (PlanSession s = PlanSession.openAsIs(planFile, true, "tester", TestPlans.CLOCK)) {
            Refused r = assertThrows(Refused.class, () -> new EvidenceFileService(s).openableCopy(id));
            assertTrue(r.getMessage().contains("does not match"), r.getMessage());
        }
    }

    @Test
    void aStoredNameCannotClimbOutOfTheTemporaryFolder() {
        assertEquals("passwd", EvidenceFileService.safeName("../../etc/passwd"));
        assertEquals("x.pdf", EvidenceFileService.safeName("..\\..\\x.pdf"));
        assertEquals("evidence", EvidenceFileService.safeName(".."));
        assertEquals("a_b.pdf", EvidenceFileService.safeName("a\u0000b.pdf"));
    }

    static long count(Path plan, String sql) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + plan); var rs = c.createStatement().executeQuery(sql)) {
            return rs.getLong(1);
        }
    }
}
