package org.waymark.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;
import org.waymark.store.Forgery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.junit.jupiter.api.Assertions.*;

/** Every board snapshot records the chain head it was taken at; `check` requires that row still to have that hash. */
class SnapshotAnchorTest {

    @TempDir Path dir;

    @Test
    void aSnapshotRecordsTheHeadItWasTakenAt() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        long head;
        String hash;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + plan); var rs = c.createStatement().executeQuery("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) {
            head = rs.getLong(1);
            hash = rs.getString(2);
        }
        CliRunner.Result r = CliRunner.run("snapshot", plan.toString(), "--meeting", "Trust Board (public) March");
        assertEquals(0, r.exit(), r.out() + r.err());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + plan); var rs = c.createStatement().executeQuery(
                "SELECT json_extract(new_value, '$.chainRow'), json_extract(new_value, '$.chainHash') FROM audit_log WHERE entity = 'snapshot' AND field = 'created' ORDER BY id DESC LIMIT 1")) {
            assertEquals(head, rs.getLong(1), "the head before the snapshot's own write");
            assertEquals(hash, rs.getString(2));
        }
        assertEquals(0, CliRunner.run("check", plan.toString()).exit());
    }

    @Test
    void aChainRecomputedWithoutRewritingTheSnapshotsIsCaughtByTheHeadsTheyRecorded() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Forgery.moveDueDateAndCoverTracks(plan, "A019", "2027-06-30", false);
        byte[] before = Files.readAllBytes(plan);
        CliRunner.Result r = CliRunner.run("check", plan.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("the chain DISAGREES with 2 backup(s) or snapshot(s)"), r.out());
        assertTrue(r.out().matches("(?s).*Audit chain the plan's audit row \\d+ has hash \\w{12}, not the \\w{12} board snapshot \"Trust Board \\(public\\) [^\"]+\" records: history rewritten at or before .*"), r.out());
        assertArrayEquals(before, Files.readAllBytes(plan), "check never writes");
    }

    @Test
    void aForgerWhoRewritesTheSnapshotsTooIsNotCaughtInsideTheFile() throws Exception {
        // The limit, stated in docs/RELIABILITY.md: heads kept inside the file only catch a careless forger.
        Path plan = TestPlans.demoFile(dir);
        Forgery.moveDueDateAndCoverTracks(plan, "A019", "2027-06-30", true);
        assertEquals(0, CliRunner.run("check", plan.toString()).exit());
    }
}
