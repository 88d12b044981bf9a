package org.waymark.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.infra.Backups;
import org.waymark.app.infra.PlanLock;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;
import org.waymark.store.Forgery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The attacks of a hostile review, each run through the real command line against a real plan file: each is
 * named, gives the right exit code, and leaves the plan's bytes as they were.
 */
class IntegrityAttacksTest {

    @TempDir Path dir;

    private Path demo() { return TestPlans.demoFile(dir); }

    private static CliRunner.Result check(Path file) { return CliRunner.run("check", file.toString()); }

    private Path csv() throws Exception {
        return Files.writeString(dir.resolve("more.csv"), "Ref,Action,Due date\nZ901,Audit the audit,31/03/2027\n");
    }

    /** Runs an import that must be refused, and shows the plan's bytes did not change. */
    private CliRunner.Result refusedImport(Path plan, String expected) throws Exception {
        Path csv = csv();
        byte[] before = Files.readAllBytes(plan);
        CliRunner.Result r = CliRunner.run("import", csv.toString(), "--into", plan.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertArrayEquals(before, Files.readAllBytes(plan), "a refused import writes nothing");
        return r;
    }

    @Test
    void aDirectUpdateWithTheLogUntouchedIsNamedFieldByField() throws Exception {
        Path plan = demo();
        Forgery.sql(plan, "UPDATE action SET current_due = '2027-06-30', original_due = '2027-06-30' WHERE ref = 'A019'");
        byte[] before = Files.readAllBytes(plan);
        CliRunner.Result r = check(plan);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().matches("(?s).*action \\d+: current_due logged \"\\d{4}-\\d\\d-\\d\\d\", stored \"2027-06-30\".*"), r.out());
        assertTrue(r.out().matches("(?s).*action \\d+: original_due logged \"\\d{4}-\\d\\d-\\d\\d\", stored \"2027-06-30\".*"), r.out());
        assertArrayEquals(before, Files.readAllBytes(plan));
        refusedImport(plan, "does not prove the data");
    }

    @Test
    void aRowInsertedOrDeletedWithPlainSqlIsNamed() throws Exception {
        Path plan = demo();
        Forgery.sql(plan, "INSERT INTO person (name) VALUES ('Ghost')", "DELETE FROM progress_update WHERE id = (SELECT min(id) FROM progress_update)");
        CliRunner.Result r = check(plan);
        assertEquals(1, r.exit());
        assertTrue(r.out().matches("(?s).*person \\d+: a row the audit log never created.*"), r.out());
        assertTrue(r.out().matches("(?s).*progress_update \\d+: a row the audit log created is missing from the table.*"), r.out());
    }

    @Test
    void aDeletedLogFails() throws Exception {
        Path plan = demo();
        Forgery.sql(plan, "DELETE FROM audit_log", "DELETE FROM audit_head");
        CliRunner.Result r = check(plan);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("its audit log is empty: nothing proves the data"), r.out());
        refusedImport(plan, "BROKEN");
    }

    @Test
    void aRecomputedChainIsCaughtByABackupTakenBefore() throws Exception {
        Path plan = demo();
        Backups backups = Backups.forCurrentUser();
        Path backup = backups.take(plan, Backups.ON_OPEN);
        Forgery.moveDueDateAndCoverTracks(plan, "A019", "2027-06-30");
        byte[] before = Files.readAllBytes(plan);
        CliRunner.Result r = check(plan);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("Audit chain:     intact"), "the forged chain verifies on its own: " + r.out());
        assertTrue(r.out().contains("Data:            the audit log proves the data"), r.out());
        assertTrue(r.out().contains("history rewritten after "), r.out());
        assertTrue(r.out().contains(backup.getFileName().toString()), r.out());
        assertArrayEquals(before, Files.readAllBytes(plan));
        Files.delete(backup);
    }

    @Test
    void aPlantedTriggerIsNamedAndNeverRuns() throws Exception {
        Path plan = demo();
        Forgery.sql(plan, "CREATE TRIGGER complete_all AFTER INSERT ON action BEGIN UPDATE action SET status = 'COMPLETE' WHERE id = new.id; END");
        CliRunner.Result r = check(plan);
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("Schema: unknown trigger complete_all on action (not created by Waymark)"), r.out());
        refusedImport(plan, "schema is not the one Waymark creates");
    }

    @Test
    void aRedefinedViewIsNamed() throws Exception {
        Path plan = demo();
        Forgery.sql(plan, "DROP VIEW v_action_status", "CREATE VIEW v_action_status AS SELECT ref, 'GREEN' AS brag FROM action");
        CliRunner.Result r = check(plan);
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("Schema: changed view v_action_status"), r.out());
        refusedImport(plan, "changed view v_action_status");
    }

    @Test
    void aDroppedViewAndAnExtraTableAreNamed() throws Exception {
        Path plan = demo();
        Forgery.sql(plan, "DROP VIEW v_date_revision", "CREATE TABLE notes (x TEXT)");
        CliRunner.Result r = check(plan);
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("Schema: missing view v_date_revision"), r.out());
        assertTrue(r.out().contains("Schema: unknown table notes"), r.out());
    }

    @Test
    void schemaVersionsBelowOneOrNotMatchingTheSchemaAreNamedAndNeverMigrated() throws Exception {
        for (int v : new int[]{-1, 0, 2}) {
            Path plan = dir.resolve("v" + v).resolve("plan.waymark");
            Files.createDirectories(plan.getParent());
            Files.copy(demo(), plan);
            Files.delete(dir.resolve("demo.waymark"));
            Forgery.sql(plan, "PRAGMA user_version = " + v);
            CliRunner.Result r = check(plan);
            assertEquals(1, r.exit(), v + ": " + r.out() + r.err());
            assertTrue(r.out().contains(v < 1 ? "below 1" : "Schema: unknown table board_pack_cover"), v + ": " + r.out());
            refusedImport(plan, "schema is not the one Waymark creates");
        }
    }

    @Test
    void anImportRespectsAnotherEditorsLock() throws Exception {
        Path plan = demo();
        try (var lock = ((PlanLock.Taken) PlanLock.acquire(plan, "Someone Else", Clock.systemUTC())).lock()) {
            refusedImport(plan, "Someone Else");
        }
    }

    @Test
    void importingIntoABrokenPlanNeedsAcceptBrokenWhichIsAudited() throws Exception {
        Path plan = demo();
        Forgery.sql(plan, "UPDATE action SET progress = 99 WHERE ref = 'A001'");
        refusedImport(plan, "--accept-broken");
        CliRunner.Result r = CliRunner.run("import", csv().toString(), "--into", plan.toString(), "--accept-broken");
        assertEquals(0, r.exit(), r.out() + r.err());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + plan); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM audit_log WHERE entity = 'plan' AND field = 'accepted_broken' AND why = 'import with --accept-broken'")) {
            assertEquals(1, rs.getInt(1));
        }
    }
}
