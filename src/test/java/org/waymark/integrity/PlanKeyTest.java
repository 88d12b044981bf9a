package org.waymark.integrity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanException;
import org.waymark.app.PlanOpener;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.infra.PlanKeys;
import org.waymark.cli.CliRunner;
import org.waymark.store.Forgery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The optional plan key, through the real command line on real plan files: a keyed chain verifies, a forger without
 * the key is caught, a computer without the key can read and check but never write, and the key moves between
 * editors by export and import. The key store is the test run's per-user data folder.
 */
class PlanKeyTest {

    @TempDir Path dir;
    private final PlanKeys keys = PlanKeys.forCurrentUser();
    private final List<String> made = new ArrayList<>();

    @AfterEach
    void forgetTheKeysMade() {
        made.forEach(keys::remove);
    }

    private static CliRunner.Result check(Path file) { return CliRunner.run("check", file.toString()); }

    /** Keys the plan through `waymark key --create`; returns the keyed row. */
    private long keyed(Path plan) {
        CliRunner.Result r = CliRunner.run("key", plan.toString(), "--create");
        assertEquals(0, r.exit(), r.out() + r.err());
        Matcher m = Pattern.compile("Plan keyed from audit row (\\d+) \\(key id ([0-9a-f]{16})\\)").matcher(r.out());
        assertTrue(m.find(), r.out());
        made.add(m.group(2));
        return Long.parseLong(m.group(1));
    }

    private String keyId(Path plan) throws Exception {
        return scalar(plan, "SELECT new_value FROM audit_log WHERE entity = 'plan' AND field = 'keyed'");
    }

    private static String scalar(Path plan, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plan); var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private Path csv() throws Exception {
        return Files.writeString(dir.resolve("more.csv"), "Ref,Action,Due date\nZ901,Audit the audit,31/03/2027\n");
    }

    @Test
    void aKeyedChainVerifiesAndItsRowsAreNotThePublicRecipe() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        long row = keyed(plan);
        CliRunner.Result imported = CliRunner.run("import", csv().toString(), "--into", plan.toString());
        assertEquals(0, imported.exit(), imported.out() + imported.err());
        CliRunner.Result r = check(plan);
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("signed with the plan key from row " + row + ")"), r.out());
        assertTrue(r.out().contains("Healthy."), r.out());
        assertTrue(Long.parseLong(scalar(plan, "SELECT max(id) FROM audit_log")) > row, "the import's rows follow the keyed row");
        CliRunner.Result status = CliRunner.run("key", plan.toString());
        assertTrue(status.out().contains("Keyed from audit row " + row) && status.out().contains("The key is on this computer"), status.out());
        CliRunner.Result again = CliRunner.run("key", plan.toString(), "--create");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already keyed"), again.err());
    }

    @Test
    void aForgedEditWithThePlainRecipeRecomputedIsCaughtWithTheKeyAndWithout() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        long row = keyed(plan);
        Forgery.moveDueDateAndCoverTracks(plan, "A019", "2027-06-30");
        byte[] before = Files.readAllBytes(plan);
        CliRunner.Result r = check(plan);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("BROKEN at audit row " + row + ": not signed with this plan's key"), r.out());
        assertArrayEquals(before, Files.readAllBytes(plan));

        keys.remove(keyId(plan)); // a computer that never held the key still sees the public recipe where a signature belongs
        CliRunner.Result without = check(plan);
        assertEquals(1, without.exit(), without.out());
        assertTrue(without.out().contains("BROKEN at audit row " + row + ": not signed with this plan's key"), without.out());
    }

    @Test
    void aForgerWhoWritesRandomHashesPassesOnlyWhereTheKeyIsNot() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        long row = keyed(plan);
        Forgery.moveDueDateAndCoverTracksWithRandomHashesFrom(plan, "A019", "2027-06-30", row);
        CliRunner.Result r = check(plan);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("BROKEN at audit row " + row + ": its content does not match its signature under this plan's key"), r.out());

        String id = keyId(plan);
        PlanKeys.Entry held = keys.all().stream().filter(e -> e.keyId().equals(id)).findFirst().orElseThrow();
        keys.remove(id);
        // on another computer, with no backup of this plan to anchor it: the limit RELIABILITY.md states
        for (var b : org.waymark.app.infra.Backups.forCurrentUser().list(plan)) Files.delete(b.file());
        CliRunner.Result without = check(plan);
        assertEquals(3, without.exit(), "continuity only without the key\n" + without.out());
        keys.add(held);
    }

    @Test
    void withoutTheKeyCheckSaysSoAndEveryWriteIsRefused() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        long row = keyed(plan);
        keys.remove(keyId(plan));
        byte[] before = Files.readAllBytes(plan);

        CliRunner.Result r = check(plan);
        assertEquals(3, r.exit(), r.out());
        assertTrue(r.out().contains("keyed from row " + row + "; key not on this computer, so rows after " + row + " are checked for continuity only"), r.out());
        assertTrue(r.out().contains("waymark key " + plan + " --import FILE"), r.out());

        CliRunner.Result imported = CliRunner.run("import", csv().toString(), "--into", plan.toString());
        assertNotEquals(0, imported.exit());
        assertTrue(imported.err().contains("this plan is keyed (from audit row " + row + ")") && imported.err().contains("Nothing was written"), imported.err());
        CliRunner.Result snapshot = CliRunner.run("snapshot", plan.toString(), "--meeting", "Trust Board");
        assertNotEquals(0, snapshot.exit());
        assertTrue(snapshot.err().contains("key is not on this computer"), snapshot.err());

        // the window's way in: read-only with the reason
        OpenedPlan opened = PlanOpener.forCurrentUser().open(plan, false, "editor", TestPlans.CLOCK);
        try (PlanSession s = opened.session()) {
            assertEquals(OpenedPlan.Access.READ_ONLY_NO_KEY, opened.access());
            assertTrue(opened.notices().get(0).contains("only holders of its key can change it"), opened.notices().toString());
        }
        // and a session opened for editing some other way still cannot add a row
        try (PlanSession s = PlanSession.openAsIs(plan, false, "editor", TestPlans.CLOCK)) {
            PlanException e = assertThrows(PlanException.class, () -> s.write("note", tx -> { tx.audit("plan", null, "note", null, "x", "x"); return null; }));
            assertEquals(PlanException.Kind.READ_ONLY, e.kind());
            assertTrue(e.getMessage().contains("Nothing was written"), e.getMessage());
        }
        assertEquals(String.valueOf(row), scalar(plan, "SELECT max(id) FROM audit_log"), "no row was added");
        assertArrayEquals(before, Files.readAllBytes(plan));
    }

    @Test
    void theKeyStoreAndExportsAreReadableByTheOwnerOnlyAndAnOpenStoreIsRefused() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        keyed(plan);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.file())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.file().getParent())));
        Path export = dir.resolve("plan.key");
        assertEquals(0, CliRunner.run("key", plan.toString(), "--export", export.toString()).exit());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));
        String key = keys.forPlan(scalar(plan, "SELECT hash FROM audit_log WHERE id = 1")).get(0).key();
        assertFalse(new String(Files.readAllBytes(plan), java.nio.charset.StandardCharsets.ISO_8859_1).contains(key), "the key is never in the plan");

        Files.setPosixFilePermissions(keys.file(), PosixFilePermissions.fromString("rw-r--r--"));
        try {
            CliRunner.Result r = CliRunner.run("key", plan.toString());
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("can be read by other accounts, so Waymark does not use it"), r.err());
        } finally {
            Files.setPosixFilePermissions(keys.file(), PosixFilePermissions.fromString("rw-------"));
        }
        CliRunner.Result overwrite = CliRunner.run("key", plan.toString(), "--export", export.toString());
        assertEquals(1, overwrite.exit());
        assertTrue(overwrite.err().contains("never overwrites"), overwrite.err());
    }

    @Test
    void aKeyExportedAndImportedLetsASecondEditorWriteAndAnotherPlansKeyIsRefused() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        long row = keyed(plan);
        Path export = dir.resolve("plan.key");
        assertEquals(0, CliRunner.run("key", plan.toString(), "--export", export.toString()).exit());
        keys.remove(keyId(plan)); // the second editor's computer
        assertEquals(3, check(plan).exit());

        Path other = TestPlans.demoFile(Files.createDirectories(dir.resolve("other")));
        keyed(other);
        Path otherKey = dir.resolve("other.key");
        assertEquals(0, CliRunner.run("key", other.toString(), "--export", otherKey.toString()).exit());
        CliRunner.Result wrong = CliRunner.run("key", plan.toString(), "--import", otherKey.toString());
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().contains("not the key of this plan"), wrong.err());

        CliRunner.Result in = CliRunner.run("key", plan.toString(), "--import", export.toString());
        assertEquals(0, in.exit(), in.err());
        CliRunner.Result imported = CliRunner.run("import", csv().toString(), "--into", plan.toString());
        assertEquals(0, imported.exit(), imported.out() + imported.err());
        CliRunner.Result r = check(plan);
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("signed with the plan key from row " + row), r.out());
    }

    @Test
    void removingThePlanKeyedRowIsCaught() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        long row = keyed(plan);
        assertEquals(0, CliRunner.run("import", csv().toString(), "--into", plan.toString()).exit());
        Path cut = dir.resolve("cut.waymark");
        Files.copy(plan, cut);
        Forgery.sql(cut, "DELETE FROM audit_log WHERE id = " + row);
        CliRunner.Result r = check(cut);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("BROKEN at audit row " + (row + 1) + ": row " + row + " missing (deleted)"), r.out());

        // the careful forger: remove the row, close the gap, recompute the whole chain by the public recipe
        Forgery.sql(plan, "DELETE FROM audit_log WHERE id = " + row, "UPDATE audit_log SET id = id - 1 WHERE id > " + row);
        Forgery.rechain(plan);
        CliRunner.Result forged = check(plan);
        assertEquals(1, forged.exit(), forged.out());
        assertTrue(forged.out().contains("Audit chain:     intact"), "the chain verifies on its own: " + forged.out());
        assertTrue(forged.out().contains("this computer holds a key for this plan (key id " + made.get(0) + "), but its audit trail has no \"plan keyed\" row"),
                forged.out());
    }

    @Test
    void sharedPlansCannotBeKeyedYet() {
        CliRunner.Result r = CliRunner.run("key", "postgresql://localhost/plan", "--create");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("not yet for shared plans"), r.err());
    }
}
