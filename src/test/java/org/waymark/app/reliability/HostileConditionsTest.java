package org.waymark.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.infra.Backups;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PeopleService;
import org.waymark.app.PlanException;
import org.waymark.app.PlanOpener;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.Person;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Read-only files and folders, a full disk, a missing evidence file, a 100 MB text field, control characters and right-to-left names. */
class HostileConditionsTest {

    @TempDir Path dir;

    static Action action(String ref, String title, String description) {
        return new Action(0, ref, title, description, null, null, null, null, null, null, null, null, ActionStatus.NOT_STARTED, 0, null, null);
    }

    /** The state a failed change must not alter: every action and every audit row. */
    static String fingerprint(PlanSession s) {
        return s.plan().actions().size() + "/" + s.auditRows() + "/" + s.verifyAudit().describe() + "/" + s.integrityCheck();
    }

    /**
     * Root ignores file permissions, so as root the child drops the capabilities that let it (a real user's
     * account is what the test stands for); as anyone else it runs as is.
     */
    List<String> asOrdinaryUser(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) return command;
        org.junit.jupiter.api.Assumptions.assumeTrue(setprivWorks(), "running as root without a working setpriv: file permissions cannot be made to apply");
        List<String> c = new ArrayList<>(List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"));
        c.addAll(command);
        return c;
    }

    static boolean setprivWorks() {
        try {
            Process p = new ProcessBuilder("setpriv", "--bounding-set", "-dac_override", "--", "true").redirectErrorStream(true).start();
            return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    List<String> runChild(List<String> command) throws Exception {
        List<String> out = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(command)) {
            for (String line = child.nextLine(120); !line.equals("<EOF>"); line = child.nextLine(120)) out.add(line);
            child.waitFor(60);
        }
        return out;
    }

    @Test
    void aReadOnlyFileOpensReadOnlyWithANoticeAndIsNotChanged() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        String before = BadFilesTest.sha256(plan);
        Files.setPosixFilePermissions(plan, PosixFilePermissions.fromString("r--r--r--"));
        List<String> out = runChild(asOrdinaryUser(ChildJvm.command(dir.resolve("home"), OpenReportMain.class, plan.toString())));
        assertEquals("ACCESS READ_ONLY_NOT_WRITABLE", out.get(0), out.toString());
        assertTrue(out.get(1).startsWith("NOTICE Open read-only: demo.waymark or its folder cannot be written to from this account."), out.toString());
        assertTrue(out.contains("WRITE READ_ONLY This plan is open read-only, so it cannot be changed. Open it for editing, or save a copy."), out.toString());
        assertEquals(before, BadFilesTest.sha256(plan));
    }

    @Test
    void aPlanInAReadOnlyFolderOpensReadOnlyWithANotice() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Path plan = TestPlans.demoFile(folder);
        String before = BadFilesTest.sha256(plan);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            List<String> out = runChild(asOrdinaryUser(ChildJvm.command(dir.resolve("home"), OpenReportMain.class, plan.toString())));
            assertEquals("ACCESS READ_ONLY_NOT_WRITABLE", out.get(0), out.toString());
            assertTrue(out.stream().anyMatch(l -> l.startsWith("ACTIONS ") && !l.equals("ACTIONS 0")), out.toString());
            assertTrue(out.stream().anyMatch(l -> l.startsWith("WRITE READ_ONLY")), out.toString());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(before, BadFilesTest.sha256(plan));
    }

    @Test
    void aFullDiskStopsTheChangeWithAClearMessageAndLosesNothingAcknowledged() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        long limitKb = Files.size(plan) / 1024 + 4096; // room for the plan and SQLite's native library, not for many 1.8 MB changes
        List<String> java = ChildJvm.command(dir.resolve("home"), FillDiskMain.class, plan.toString());
        // Ignoring SIGXFSZ makes an over-limit write fail with EFBIG, as a full disk fails with ENOSPC, instead of killing the process.
        String script = "ulimit -f " + limitKb + "; trap '' XFSZ; exec \"$@\"";
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, "fill"));
        command.addAll(java);
        List<String> out = runChild(command);

        List<String> acked = out.stream().filter(l -> l.startsWith("ACK ")).map(l -> l.substring(4)).toList();
        String error = out.stream().filter(l -> l.startsWith("ERROR ")).findFirst().orElseThrow(() -> new AssertionError("no error reported: " + out));
        assertEquals("ERROR IO The change could not be written: the disk is full or failing. Nothing was changed. Free some space and try again.", error);
        assertTrue(out.stream().anyMatch(l -> l.startsWith("STILL-READS ")), "the open plan can still be read after the failure: " + out);
        assertEquals("END", out.get(out.size() - 1));

        try (PlanSession s = PlanSession.open(plan, true, "checker", TestPlans.CLOCK)) {
            List<String> refs = s.plan().actions().stream().map(Action::ref).toList();
            for (String ref : acked) assertTrue(refs.contains(ref), ref + " was acknowledged and must be there");
            assertFalse(refs.contains("FULL-" + (acked.size() + 1)), "the change that failed is not there");
            assertEquals(List.of("ok"), s.integrityCheck());
            assertTrue(s.verifyAudit().intact(), s.verifyAudit().describe());
        }
    }

    @Test
    void verifyingEvidenceWhoseFileIsMissingIsRefusedClearly() throws Exception {
        try (PlanSession s = TestPlans.empty(dir)) {
            ActionService actions = new ActionService(s);
            long id = actions.add(action("E1", "Evidence test", ""));
            Path present = Files.writeString(dir.resolve("audit-report.pdf"), "%PDF-1.7 stand-in");
            Path missing = dir.resolve("moved away").resolve("policy.pdf");
            actions.addEvidence(id, "Document", missing.toString(), "Policy");
            actions.addEvidence(id, "Document", present.toUri().toString(), "Audit report");
            actions.addEvidence(id, "Minutes", "Board papers/March minutes", "Minutes");
            List<EvidenceItem> items = s.plan().evidenceOf(id);
            String verifier = org.waymark.app.TestPlans.allowed(s, org.waymark.domain.Person.Permission.VERIFY);
            String before = fingerprint(s);

            Refused r = assertThrows(Refused.class, () -> actions.verifyEvidence(items.get(0), verifier, null));
            assertEquals("reference", r.field());
            assertEquals("The evidence file " + missing + " cannot be found. If it is on a shared drive, reconnect the drive; if it was moved, "
                    + "correct the reference. Then verify it again. Nothing was changed.", r.getMessage());
            assertEquals(before, fingerprint(s));
            assertFalse(s.plan().evidenceOf(id).get(0).verified());

            actions.verifyEvidence(items.get(1), verifier, null);
            actions.verifyEvidence(items.get(2), verifier, null); // a document reference, not a file: the verifier's judgement
            assertEquals(2, s.plan().evidenceOf(id).stream().filter(EvidenceItem::verified).count());
        }
    }

    @Test
    void aHundredMegabyteTextFieldIsRefusedAndNothingChanges() {
        try (PlanSession s = TestPlans.empty(dir)) {
            ActionService actions = new ActionService(s);
            long id = actions.add(action("T1", "Text test", "short"));
            String before = fingerprint(s);
            String huge = "x".repeat(100 * 1024 * 1024);
            PlanException e = assertThrows(PlanException.class, () -> actions.add(action("T2", "Huge", huge)));
            assertEquals(PlanException.Kind.INVALID, e.kind());
            assertEquals("This text is too long to save (104,857,600 characters; the limit is 1,000,000). Nothing was changed. "
                    + "Shorten it, or attach the long document as evidence instead.", e.getMessage());
            assertThrows(PlanException.class, () -> actions.postUpdate(id, huge, 10));
            assertEquals(before, fingerprint(s));
            // Long but sensible text (a pasted report of about 150 pages) is fine.
            String longText = "Paragraph of a long update. ".repeat(30_000);
            actions.postUpdate(id, longText, 20);
            assertTrue(longText.strip().equals(s.plan().updatesOf(id).get(0).text()), "the long update is stored whole");
        }
    }

    @Test
    void controlCharactersAreRefusedAndRightToLeftNamesRoundTrip() throws Exception {
        Path file;
        String arabic = "مديرة الجناح — فاطمة";
        String hebrew = "\u202Bאחות ראשית\u202C";
        String mixed = "Ward 7 (\u05DE\u05D7\u05DC\u05E7\u05D4 7)\tnight shift\nline two";
        try (PlanSession s = TestPlans.empty(dir)) {
            file = s.file();
            PeopleService people = new PeopleService(s);
            people.addPerson(new Person(0, arabic, "Ward manager", "Medicine", "ward7@example.nhs.uk"));
            people.addPerson(new Person(0, hebrew, "Chief nurse", "Nursing", ""));
            new ActionService(s).add(action("R1", mixed, "תיאור"));
            String before = fingerprint(s);
            PlanException bell = assertThrows(PlanException.class, () -> people.addPerson(new Person(0, "Ward\u0007 manager", "x", "y", "z")));
            assertEquals(PlanException.Kind.INVALID, bell.kind());
            assertEquals("The text \"Ward\u2426 manager\" contains an invisible control character (U+0007 at position 5). Nothing was changed. "
                    + "Retype the text, or paste it as plain text.", bell.getMessage());
            assertThrows(PlanException.class, () -> new ActionService(s).add(action("R2", "Null\u0000byte", "")));
            assertThrows(PlanException.class, () -> new ActionService(s).add(action("R3", "Escape\u001B[31m red", "")));
            assertEquals(before, fingerprint(s));
        }
        try (PlanSession s = PlanSession.open(file, true, "reader", TestPlans.CLOCK)) {
            List<String> names = s.plan().people().stream().map(Person::name).toList();
            assertTrue(names.contains(arabic) && names.contains(hebrew), names.toString());
            assertEquals(mixed, s.plan().actions().get(0).title());
            assertEquals("תיאור", s.plan().actions().get(0).description());
            assertTrue(s.verifyAudit().intact());
        }
        OpenedPlan reopened = new PlanOpener(new Backups(dir.resolve("b"), 2, Clock.systemUTC()), Clock.systemUTC()).open(file, false, "x", TestPlans.CLOCK);
        reopened.session().close();
        assertTrue(new Backups(dir.resolve("b"), 2, Clock.systemUTC()).health(reopened.backup()).sound());
    }
}
