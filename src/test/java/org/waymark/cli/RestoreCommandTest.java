package org.waymark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.infra.BackupInfo;
import org.waymark.app.infra.Backups;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** `waymark restore FILE [--from BACKUP]` on real files, through the real command line. */
class RestoreCommandTest {

    @TempDir Path dir;

    @Test
    void listsThenRestoresAndTheRestoreIsAudited() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Backups backups = Backups.forCurrentUser();
        Path backup = backups.take(plan, Backups.ON_OPEN);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plan)) {
            c.createStatement().execute("UPDATE audit_log SET why = 'tampered' WHERE id = 3"); // damage after the backup
        }
        CliRunner.Result check = CliRunner.run("check", plan.toString());
        assertEquals(1, check.exit());
        assertTrue(check.out().contains("waymark restore " + plan + " --from BACKUP"), check.out());

        CliRunner.Result listed = CliRunner.run("restore", plan.toString());
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().contains(backup.getFileName().toString()), listed.out());
        assertTrue(listed.out().contains("When opened for editing") && listed.out().contains("sound"), listed.out());

        CliRunner.Result restored = CliRunner.run("restore", plan.toString(), "--from", backup.getFileName().toString(), "--user", "PMO lead");
        assertEquals(0, restored.exit(), restored.err());
        assertTrue(restored.out().contains("[6/6] Restored."), restored.out());
        assertTrue(restored.out().contains("The file it replaced was kept as "), restored.out());
        assertEquals(0, CliRunner.run("check", plan.toString()).exit(), "healthy again after the restore");
        try (PlanSession s = PlanSession.open(plan, true, "r", TestPlans.CLOCK)) {
            var rows = s.history("plan", null);
            assertEquals("PMO lead", rows.get(rows.size() - 1).who());
            assertEquals("restored_from", rows.get(rows.size() - 1).field());
        }
        List<BackupInfo> after = backups.list(plan);
        assertTrue(after.stream().anyMatch(b -> b.reason().equals(Backups.BEFORE_RESTORE)), "the tampered file was kept");
    }

    @Test
    void refusesAMissingOrUnsoundBackupAndLeavesThePlanAlone() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        byte[] before = Files.readAllBytes(plan);
        CliRunner.Result missing = CliRunner.run("restore", plan.toString(), "--from", dir.resolve("nope.waymark").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("Not restored: There is no backup at "), missing.err());
        Path junk = Files.write(dir.resolve("junk.waymark"), new byte[]{1, 2, 3});
        CliRunner.Result unsound = CliRunner.run("restore", plan.toString(), "--from", junk.toString());
        assertEquals(1, unsound.exit());
        assertTrue(unsound.err().contains("cannot be restored") && unsound.err().contains("Choose another backup"), unsound.err());
        assertArrayEquals(before, Files.readAllBytes(plan));
    }
}
