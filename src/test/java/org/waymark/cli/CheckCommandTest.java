package org.waymark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.TestPlans;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.*;

/** Tampering with the audit log by plain SQL is caught by `check`, which names the row. */
class CheckCommandTest {

    @TempDir Path dir;

    void sql(Path file, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @Test
    void aHealthyDemoPlanChecksClean() {
        Path file = TestPlans.demoFile(dir);
        CliRunner.Result r = CliRunner.run("check", file.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Integrity check: ok"));
        assertTrue(r.out().contains("Schema version:  " + org.waymark.store.Migrations.LATEST), r.out());
        assertTrue(r.out().contains("Audit chain:     intact"));
    }

    /** Check opens the plan immutable when nothing else has it open: no -wal or -shm appears, nothing is rewritten. */
    @Test
    void checkLeavesTheFileAndItsFolderExactlyAsTheyWere() throws Exception {
        Path file = TestPlans.demoFile(dir);
        sql(file, "UPDATE audit_log SET new_value = 'COMPLETE' WHERE id = 42");
        java.util.List<String> before = folder();
        byte[] bytes = Files.readAllBytes(file);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
        CliRunner.Result r = CliRunner.run("check", file.toString());
        assertEquals(1, r.exit(), "tampering is still found: " + r.out());
        assertTrue(r.out().contains("BROKEN at audit row 42"), r.out());
        assertEquals(before, folder(), "no -wal, -shm or other file left beside the plan");
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
    }

    /** While another program has the plan open with changes still in its -wal, check reads through them. */
    @Test
    void changesStillInAnotherProgramsWalAreChecked() throws Exception {
        Path file = TestPlans.demoFile(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.executeUpdate("UPDATE audit_log SET new_value = 'COMPLETE' WHERE id = 42");
            assertTrue(Files.size(file.resolveSibling(file.getFileName() + "-wal")) > 0, "the change is in the -wal only");
            CliRunner.Result r = CliRunner.run("check", file.toString());
            assertEquals(1, r.exit(), r.out());
            assertTrue(r.out().contains("BROKEN at audit row 42"), r.out());
        }
    }

    private java.util.List<String> folder() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anEditedAuditRowIsNamed() throws Exception {
        Path file = TestPlans.demoFile(dir);
        sql(file, "UPDATE audit_log SET new_value = 'COMPLETE' WHERE id = 42");
        CliRunner.Result r = CliRunner.run("check", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("BROKEN at audit row 42"), r.out());
        assertTrue(r.out().contains("edited"), r.out());
    }

    @Test
    void aDeletedAuditRowIsNamed() throws Exception {
        Path file = TestPlans.demoFile(dir);
        sql(file, "DELETE FROM audit_log WHERE id = 100");
        CliRunner.Result r = CliRunner.run("check", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("BROKEN at audit row 101"), r.out());
        assertTrue(r.out().contains("row 100 missing"), r.out());
    }

    @Test
    void aDeletedLastRowIsCaughtByTheHead() throws Exception {
        Path file = TestPlans.demoFile(dir);
        sql(file, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
        CliRunner.Result r = CliRunner.run("check", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("missing (deleted)"), r.out());
    }

    @Test
    void anAuditRowAppendedWithPlainSqlIsNamed() throws Exception {
        Path file = TestPlans.demoFile(dir);
        sql(file, "INSERT INTO audit_log (entity, entity_id, field, old_value, new_value, who, at, why, prev_hash, hash) "
                + "SELECT 'action', 1, 'status', 'IN_PROGRESS', 'COMPLETE', 'intruder', at, 'x', hash, 'forged' FROM audit_log ORDER BY id DESC LIMIT 1");
        long appended;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            appended = st.executeQuery("SELECT max(id) FROM audit_log").getLong(1);
        }
        CliRunner.Result r = CliRunner.run("check", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("BROKEN at audit row " + appended), r.out());
    }

    @Test
    void aRowInsertedInTheMiddleIsNamed() throws Exception {
        Path file = TestPlans.demoFile(dir);
        sql(file, "UPDATE audit_log SET id = id + 1000000 WHERE id > 50");
        sql(file, "INSERT INTO audit_log (id, entity, entity_id, field, old_value, new_value, who, at, why, prev_hash, hash) VALUES (51, 'action', 1, 'status', 'a', 'b', 'x', 'now', 'x', 'h', 'h')");
        CliRunner.Result r = CliRunner.run("check", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("BROKEN at audit row 51"), r.out());
    }

    @Test
    void aFileThatCannotBeOpenedExitsTwoWithAReason() throws Exception {
        Path junk = dir.resolve("junk.waymark");
        Files.writeString(junk, "this is not a database");
        CliRunner.Result r = CliRunner.run("check", junk.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not a Waymark plan"), r.err());
        assertEquals(2, CliRunner.run("check", dir.resolve("missing.waymark").toString()).exit());
    }

    @Test
    void checkingNeverChangesTheFile() throws Exception {
        Path file = TestPlans.demoFile(dir);
        byte[] before = Files.readAllBytes(file);
        CliRunner.run("check", file.toString());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
