package org.waymark.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.infra.Backups;
import org.waymark.app.infra.PlanLock;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;
import org.waymark.store.Forgery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.*;

/** Restore replaces a plan only with a healthy copy of itself; symlinks lead to the one real file. */
class RestoreAttacksTest {

    @TempDir Path dir;

    private Path plan(String folder) throws Exception {
        Path f = Files.createDirectories(dir.resolve(folder));
        Path p = TestPlans.demoFile(f);
        return p;
    }

    @Test
    void anotherPlansFileIsRefusedUnlessOtherPlanIsGiven() throws Exception {
        Path mine = plan("mine");
        Path theirs = dir.resolve("theirs.waymark");
        try (PlanSession s = PlanSession.create(theirs, "Another Hospital NHS Trust", "them", TestPlans.CLOCK)) { s.plan(); }
        byte[] before = Files.readAllBytes(mine);
        CliRunner.Result r = CliRunner.run("restore", mine.toString(), "--from", theirs.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("is not a backup of demo.waymark: it is the plan of Another Hospital NHS Trust, begun "), r.err());
        assertTrue(r.err().contains("--other-plan"), r.err());
        assertArrayEquals(before, Files.readAllBytes(mine));

        CliRunner.Result forced = CliRunner.run("restore", mine.toString(), "--from", theirs.toString(), "--other-plan");
        assertEquals(0, forced.exit(), forced.out() + forced.err());
        try (PlanSession s = PlanSession.open(mine, true, "r", TestPlans.CLOCK)) {
            assertEquals("Another Hospital NHS Trust", s.plan().organisation().name());
        }
    }

    @Test
    void aCandidateWithABrokenSchemaOrUnprovenDataIsRefusedAndThePlanIsUntouched() throws Exception {
        Path mine = plan("mine");
        byte[] before = Files.readAllBytes(mine);
        for (String attack : new String[]{"PRAGMA user_version = 0", "PRAGMA user_version = -1",
                "UPDATE action SET progress = 77 WHERE ref = 'A003'", "CREATE TRIGGER t AFTER UPDATE ON action BEGIN SELECT 1; END"}) {
            Path candidate = Backups.forCurrentUser().take(mine, Backups.ON_OPEN);
            Forgery.sql(candidate, attack);
            CliRunner.Result r = CliRunner.run("restore", mine.toString(), "--from", candidate.toString());
            assertEquals(1, r.exit(), attack + ": " + r.out() + r.err());
            assertTrue(r.err().contains("cannot be restored") && r.err().contains("Not sound"), attack + ": " + r.err());
            assertArrayEquals(before, Files.readAllBytes(mine), attack);
            assertFalse(Files.exists(mine.resolveSibling(".demo.waymark.restoring")), "no temporary copy is left behind");
            Files.delete(candidate);
        }
    }

    @Test
    void symlinksLeadToOneLockOneSetOfBackupsAndRestoreReplacesTheRealFile() throws Exception {
        Path real = plan("real");
        Path linkA = Files.createSymbolicLink(dir.resolve("a.waymark"), real);
        Path linkB = Files.createSymbolicLink(dir.resolve("b.waymark"), real);
        assertEquals(PlanLock.lockFileOf(real), PlanLock.lockFileOf(linkA));
        assertEquals(PlanLock.lockFileOf(real), PlanLock.lockFileOf(linkB));
        try (var held = ((PlanLock.Taken) PlanLock.acquire(linkA, "Editor A", Clock.systemUTC())).lock()) {
            assertInstanceOf(PlanLock.HeldBy.class, PlanLock.acquire(linkB, "Editor B", Clock.systemUTC()), "the second link sees the first editor's lock");
            assertInstanceOf(PlanLock.HeldBy.class, PlanLock.acquire(real, "Editor C", Clock.systemUTC()));
        }
        Backups backups = Backups.forCurrentUser();
        Path backup = backups.take(linkA, Backups.ON_OPEN);
        assertTrue(backups.list(linkB).stream().anyMatch(b -> b.file().equals(backup)), "one set of backups whichever link is used");
        Forgery.sql(real, "UPDATE action SET progress = 1 WHERE ref = 'A002'");
        CliRunner.Result r = CliRunner.run("restore", linkB.toString(), "--from", backup.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(Files.isSymbolicLink(linkB), "the link is still a link");
        assertEquals(0, CliRunner.run("check", real.toString()).exit(), "the real file was restored");
    }
}
