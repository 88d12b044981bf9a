package org.waymark.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;
import org.waymark.store.Forgery;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Plan files doctored to hurt the checker rather than to hide a change: audit rows forged with a consistent chain
 * but hostile content. Each is named by `check` (exit 1), with no stack trace, and the file is left as it was.
 */
class HostilePlanFilesTest {

    @TempDir Path dir;

    private CliRunner.Result checked(Path plan) throws Exception {
        byte[] before = Files.readAllBytes(plan);
        CliRunner.Result r = CliRunner.run("check", plan.toString());
        assertArrayEquals(before, Files.readAllBytes(plan), "check never writes");
        assertFalse((r.out() + r.err()).contains("\tat "), "no stack trace: " + r.out() + r.err());
        return r;
    }

    /**
     * A creation row that is not a whole record passes as the label older plans logged, proving only that the row
     * exists; rewritten so (with the chain recomputed), every field of the row would go unchecked. Once a table's
     * creation rows carry whole records, a later label is named. Deeply nested JSON is named too, not a crash.
     */
    @Test
    void aCreationRowRewrittenAsALabelOrAsDeeplyNestedJsonIsNamed() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Forgery.sql(plan, "UPDATE audit_log SET new_value = 'A060' WHERE id = (SELECT max(id) FROM audit_log WHERE entity = 'action' AND field = 'created')",
                "UPDATE action SET current_due = '2027-06-30' WHERE id = (SELECT max(entity_id) FROM audit_log WHERE entity = 'action' AND field = 'created')",
                "UPDATE audit_log SET new_value = '{" + "\"a\":[".repeat(100_000) + "' WHERE id = (SELECT max(id) FROM audit_log WHERE entity = 'person' AND field = 'created')");
        Forgery.rechain(plan);
        CliRunner.Result r = checked(plan);
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Audit chain:     intact"), "the chain was recomputed: " + r.out());
        assertTrue(r.out().matches("(?s).*action \\d+: audit row \\d+ \\(created\\) cannot be replayed: a creation row that does not carry the whole record, "
                + "after this table's creation rows began to \\(logged \"A060\"\\).*"), r.out());
        assertTrue(r.out().matches("(?s).*person \\d+: audit row \\d+ \\(created\\) cannot be replayed: the logged record cannot be read \\(\\w+\\) \\(logged \"\\{\"a\":\\[.{40,70}\"\\).*"), r.out());
    }

    @Test
    void aSnapshotRowRecordingAnImpossibleHeadIsNamedNotACrash() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Forgery.sql(plan, "UPDATE audit_log SET new_value = json_set(new_value, '$.chainRow', 9223372036854775807, '$.chainHash', 'x') "
                + "WHERE id = (SELECT min(id) FROM audit_log WHERE entity = 'snapshot' AND field = 'created')",
                "UPDATE audit_log SET new_value = json_set(new_value, '$.chainRow', -5) "
                + "WHERE id = (SELECT max(id) FROM audit_log WHERE entity = 'snapshot' AND field = 'created')");
        Forgery.rechainLeavingSnapshots(plan);
        CliRunner.Result r = checked(plan);
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("records audit row 9223372036854775807, which the plan no longer has"), r.out());
        assertTrue(r.out().contains("records audit row -5, which the plan no longer has"), r.out());
    }

    @Test
    void aHugeForgedValueIsNamedShortly() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Forgery.sql(plan, "UPDATE action SET title = printf('%.*c', 20000000, 'x') WHERE ref = 'A019'");
        CliRunner.Result r = checked(plan);
        assertEquals(1, r.exit());
        assertTrue(r.out().matches("(?s).*action \\d+: title logged \"[^\"]{1,60}\", stored \"x{57}…\".*"), r.out().substring(0, Math.min(3000, r.out().length())));
        assertTrue(r.out().length() < 20_000, "the 20,000,000-character value is not printed: " + r.out().length());
    }
}
