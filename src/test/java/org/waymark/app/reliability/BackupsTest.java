package org.waymark.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.infra.BackupInfo;
import org.waymark.app.infra.Backups;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanException;
import org.waymark.app.infra.PlanLock;
import org.waymark.app.PlanOpener;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Backups are taken on every open for editing and before every upgrade, rotate, and restore safely and audibly. */
class BackupsTest {

    @TempDir Path dir;

    Backups backups(int keep) { return new Backups(dir.resolve("backups"), keep, Clock.systemUTC()); }

    PlanOpener opener(int keep) { return new PlanOpener(backups(keep), Clock.systemUTC()); }

    static void addAction(PlanSession s, String ref) {
        new ActionService(s).add(new Action(0, ref, "Action " + ref, "", null, null, null, null, null, null, null, null, ActionStatus.NOT_STARTED, 0, null, null));
    }

    static boolean hasAction(Path file, String ref) {
        try (PlanSession s = PlanSession.open(file, true, "reader", TestPlans.CLOCK)) {
            return s.plan().actions().stream().anyMatch(a -> a.ref().equals(ref));
        }
    }

    @Test
    void eachOpenForEditingTakesABackupAndOnlyTheNewestNAreKept() {
        Path plan = TestPlans.demoFile(dir);
        List<Path> taken = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            OpenedPlan o = opener(3).open(plan, false, "tester", TestPlans.CLOCK);
            try (var s = o.session()) {
                taken.add(o.backup());
                addAction(s, "B" + i);
            }
        }
        try (var ro = opener(3).open(plan, true, "tester", TestPlans.CLOCK).session()) {
            assertTrue(ro.readOnly());
        }
        List<BackupInfo> kept = backups(3).list(plan);
        assertEquals(List.of(taken.get(4), taken.get(3), taken.get(2)), kept.stream().map(BackupInfo::file).toList(), "the newest three, newest first; opening read-only takes none");
        assertTrue(kept.get(0).file().getFileName().toString().startsWith("demo-"), "named after the plan: " + kept.get(0).file());
        assertEquals(Backups.ON_OPEN, kept.get(0).reason());
        // The newest backup holds the plan as it was when opened the fifth time: B4 but not B5.
        assertTrue(hasAction(kept.get(0).file(), "B4"));
        assertFalse(hasAction(kept.get(0).file(), "B5"));
        assertTrue(backups(3).health(kept.get(0).file()).sound());
    }

    @Test
    void anUpgradeIsPrecededByABackupOfTheEarlierVersionThatIsKeptOutOfRotation() throws Exception {
        Path plan = dir.resolve("old.waymark");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/plan-v1.waymark")) { Files.copy(in, plan); }
        byte[] original = Files.readAllBytes(plan);
        OpenedPlan o = opener(1).open(plan, false, "tester", TestPlans.CLOCK);
        try (var s = o.session()) {
            assertEquals(Backups.BEFORE_UPGRADE + "1", backups(1).list(plan).get(0).reason());
            assertTrue(o.notices().get(0).startsWith("The plan was upgraded from format 1"), o.notices().toString());
            assertTrue(s.schemaVersion() > 1);
        }
        assertEquals(1, BadFilesTest.sqlLong(o.backup(), "PRAGMA user_version"), "the backup is the file as it was before the upgrade");
        assertTrue(backups(1).health(o.backup()).sound(), backups(1).health(o.backup()).summary());
        for (int i = 0; i < 3; i++) opener(1).open(plan, false, "tester", TestPlans.CLOCK).session().close();
        List<BackupInfo> all = backups(1).list(plan);
        assertEquals(2, all.size(), "one rotated backup plus the pre-upgrade one: " + all);
        assertTrue(all.stream().anyMatch(b -> b.reason().startsWith(Backups.BEFORE_UPGRADE)));
        assertNotEquals(0, original.length);
    }

    @Test
    void evenAPlainOpenForEditingBacksUpAnOlderFileBeforeUpgradingIt() throws Exception {
        Path plan = dir.resolve("plain-old.waymark");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/plan-v1.waymark")) { Files.copy(in, plan); }
        Backups userBackups = Backups.forCurrentUser();
        try (PlanSession s = PlanSession.open(plan, false, "tester", TestPlans.CLOCK)) {
            assertTrue(s.schemaVersion() > 1);
        }
        List<BackupInfo> kept = userBackups.list(plan);
        assertEquals(1, kept.size(), kept.toString());
        assertEquals(Backups.BEFORE_UPGRADE + "1", kept.get(0).reason());
        assertEquals(1, BadFilesTest.sqlLong(kept.get(0).file(), "PRAGMA user_version"));
        PlanSession.open(plan, false, "tester", TestPlans.CLOCK).close();
        assertEquals(1, userBackups.list(plan).size(), "a current file is not backed up by a plain open");
    }

    @Test
    void whenTheSafetyBackupCannotBeWrittenTheOpenForEditingIsRefusedAndNothingChanges() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        String before = BadFilesTest.sha256(plan);
        Path notAFolder = Files.writeString(dir.resolve("backups-blocked"), "a file where the backups folder should be");
        PlanOpener opener = new PlanOpener(new Backups(notAFolder, 3, Clock.systemUTC()), Clock.systemUTC());
        PlanException e = assertThrows(PlanException.class, () -> opener.open(plan, false, "tester", TestPlans.CLOCK));
        assertEquals(PlanException.Kind.IO, e.kind());
        assertTrue(e.getMessage().startsWith("Waymark could not take its safety backup of demo.waymark before editing"), e.getMessage());
        assertTrue(e.getMessage().contains("open the plan read-only"), e.getMessage());
        assertFalse(Files.exists(PlanLock.lockFileOf(plan)), "the lock is released");
        assertEquals(before, BadFilesTest.sha256(plan));
        try (var ro = opener.open(plan, true, "tester", TestPlans.CLOCK).session()) { assertTrue(ro.readOnly()); }
    }

    @Test
    void restoreVerifiesKeepsTheReplacedFileAndIsAudited() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        OpenedPlan first = opener(5).open(plan, false, "tester", TestPlans.CLOCK);
        Path backup = first.backup();
        try (var s = first.session()) { addAction(s, "AFTER-BACKUP"); }
        long backupRows = BadFilesTest.sqlLong(backup, "SELECT count(*) FROM audit_log");

        List<String> steps = new ArrayList<>();
        var result = backups(5).restore(plan, backup, "PMO lead", (done, total, message) -> steps.add(done + "/" + total + " " + message));

        assertFalse(hasAction(plan, "AFTER-BACKUP"), "the plan is back as it was at the backup");
        assertTrue(hasAction(result.keptCopy(), "AFTER-BACKUP"), "the replaced file was kept, with its last change");
        assertEquals(Backups.BEFORE_RESTORE, backups(5).list(plan).stream().filter(b -> b.file().equals(result.keptCopy())).findFirst().orElseThrow().reason());
        try (PlanSession s = PlanSession.open(plan, true, "r", TestPlans.CLOCK)) {
            var last = s.history("plan", null).get(s.history("plan", null).size() - 1);
            assertEquals("restored_from", last.field());
            assertEquals("PMO lead", last.who());
            assertEquals(backup.toAbsolutePath().toString(), last.newValue());
            assertTrue(last.why().startsWith("Restored from backup " + backup.getFileName()), last.why());
            assertTrue(s.verifyAudit().intact());
            assertEquals(List.of("ok"), s.integrityCheck());
            assertEquals(backupRows + 1, s.auditRows(), "the restored chain is the backup's, plus the restore row");
        }
        assertEquals("6/6 Restored.", steps.get(steps.size() - 1));
        assertFalse(Files.exists(PlanLock.lockFileOf(plan)));
    }

    @Test
    void anUnsoundBackupIsRefusedAndThePlanIsUntouched() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Path bad = dir.resolve("backups").resolve("demo-tampered.waymark");
        Files.createDirectories(bad.getParent());
        Files.copy(plan, bad);
        BadFilesTest.sql(bad, "UPDATE audit_log SET who = 'someone else' WHERE id = 7");
        String before = BadFilesTest.sha256(plan);
        PlanException e = assertThrows(PlanException.class, () -> backups(5).restore(plan, bad, "PMO lead", (d, t, m) -> {}));
        assertEquals(PlanException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().contains("cannot be restored") && e.getMessage().contains("Choose another backup"), e.getMessage());
        assertEquals(before, BadFilesTest.sha256(plan));
    }

    @Test
    void restoreIsRefusedWhileSomeoneHasThePlanOpen() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        OpenedPlan open = opener(5).open(plan, false, "Ward manager", TestPlans.CLOCK);
        try (var s = open.session()) {
            PlanException e = assertThrows(PlanException.class, () -> backups(5).restore(plan, open.backup(), "PMO lead", (d, t, m) -> {}));
            assertEquals(PlanException.Kind.BUSY, e.kind());
            assertTrue(e.getMessage().startsWith("Ward manager on "), e.getMessage());
        }
    }

    @Test
    void aDamagedPlanCanBeReplacedAndItsRawBytesAreKept() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Path backup = backups(5).take(plan, Backups.ON_OPEN);
        byte[] good = Files.readAllBytes(plan);
        try (RandomAccessFile raf = new RandomAccessFile(plan.toFile(), "rw")) { raf.setLength(good.length / 3); }
        byte[] damaged = Files.readAllBytes(plan);
        var result = backups(5).restore(plan, backup, "PMO lead", (d, t, m) -> {});
        assertArrayEquals(damaged, Files.readAllBytes(result.keptCopy()), "the damaged file is kept byte for byte");
        try (PlanSession restored = PlanSession.open(plan, true, "r", TestPlans.CLOCK)) {
            assertEquals(List.of("ok"), restored.integrityCheck());
            assertTrue(restored.plan().actions().size() > 10, "the demo plan's actions are back");
        }
    }
}
