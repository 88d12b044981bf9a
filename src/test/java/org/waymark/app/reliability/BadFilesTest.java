package org.waymark.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waymark.app.infra.Backups;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanException;
import org.waymark.app.infra.PlanLock;
import org.waymark.app.PlanOpener;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The fixture folder of bad files: each is made here from a real plan (or, for the encrypted zip, committed in
 * src/test/resources/badfiles). Opening each for editing gives the expected message and way out, and leaves the
 * file's bytes exactly as they were, with no lock file and no backup left behind.
 */
class BadFilesTest {

    @TempDir static Path fixtures;
    @TempDir Path dir;

    /** Builds one bad file in the fixture folder and returns it. */
    interface Maker { Path make(Path folder) throws Exception; }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("zero bytes", (Maker) f -> Files.write(f.resolve("zero.waymark"), new byte[0]),
                        PlanException.Kind.NOT_A_PLAN, "is empty (0 bytes)"),
                Arguments.of("random bytes", (Maker) f -> {
                            byte[] junk = new byte[64 * 1024];
                            new Random(7).nextBytes(junk);
                            return Files.write(f.resolve("random.waymark"), junk);
                        }, PlanException.Kind.NOT_A_PLAN, "it is not a SQLite database"),
                Arguments.of("encrypted zip renamed .waymark", (Maker) f -> {
                            try (InputStream in = BadFilesTest.class.getResourceAsStream("/badfiles/encrypted-zip.waymark")) {
                                Path p = f.resolve("encrypted-zip.waymark");
                                Files.write(p, in.readAllBytes());
                                return p;
                            }
                        }, PlanException.Kind.NOT_A_PLAN, "It looks like a zip archive (a spreadsheet, or a zipped or password-protected file)"),
                Arguments.of("a SQLite file that is not a plan", (Maker) f -> {
                            Path p = f.resolve("other-app.waymark");
                            sql(p, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO customers (name) VALUES ('x')");
                            return p;
                        }, PlanException.Kind.NOT_A_PLAN, "is a SQLite database but not a Waymark plan"),
                Arguments.of("truncated", (Maker) f -> {
                            Path p = demo(f, "truncated");
                            try (RandomAccessFile raf = new RandomAccessFile(p.toFile(), "rw")) { raf.setLength(raf.length() * 2 / 5); }
                            return p;
                        }, PlanException.Kind.DAMAGED, "is damaged: SQLite reports \"database disk image is malformed\". The file has not been changed. "
                                + "Restore a backup (File › Restore backup…), or open it read-only"),
                Arguments.of("a damaged page (integrity check fails)", (Maker) BadFilesTest::damagedPage,
                        PlanException.Kind.DAMAGED, "is damaged: SQLite reports"),
                Arguments.of("a newer schema", (Maker) f -> {
                            Path p = demo(f, "newer");
                            sql(p, "PRAGMA user_version = 99");
                            return p;
                        }, PlanException.Kind.NEWER_VERSION, "was saved by a newer version of Waymark (plan format 99"));
    }

    @Test
    void aDamagedPageIsReportedByWhatSqliteFound() throws Exception {
        Path file = damagedPage(Files.createTempDirectory(fixtures, "p"));
        PlanException e = assertThrows(PlanException.class, () -> new PlanOpener(new Backups(dir.resolve("b"), 1, Clock.systemUTC()), Clock.systemUTC())
                .open(file, true, "tester", TestPlans.CLOCK));
        assertEquals("bad-page.waymark is damaged: SQLite reports \"wrong # of entries in index audit_log_entity\". The file has not been changed. "
                + "Restore a backup (File › Restore backup…), or open it read-only to see what can still be read.", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachBadFileGivesItsMessageAndIsLeftUntouched(String what, Maker maker, PlanException.Kind kind, String message) throws Exception {
        Path file = maker.make(Files.createTempDirectory(fixtures, "f"));
        String before = sha256(file);
        PlanOpener opener = new PlanOpener(new Backups(dir.resolve("backups"), 3, Clock.systemUTC()), Clock.systemUTC());

        PlanException e = assertThrows(PlanException.class, () -> opener.open(file, false, "tester", TestPlans.CLOCK));
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), "names the file: " + e.getMessage());
        PlanException again = assertThrows(PlanException.class, () -> opener.open(file, true, "tester", TestPlans.CLOCK));
        assertEquals(kind, again.kind());
        var check = CliRunner.run("check", file.toString());
        assertNotEquals(0, check.exit(), "check reports a problem for " + what);

        assertEquals(before, sha256(file), "the bytes of " + what + " must not change");
        assertFalse(Files.exists(PlanLock.lockFileOf(file)), "no lock file is left beside a refused file");
        assertTrue(Files.notExists(dir.resolve("backups")) || Files.list(dir.resolve("backups")).findAny().isEmpty(), "no backup of a refused file");
    }

    @Test
    void aTamperedAuditRowOpensWithABannerAndIsNamedByCheck() throws Exception {
        Path file = demo(Files.createTempDirectory(fixtures, "f"), "tampered");
        sql(file, "UPDATE audit_log SET why = 'nothing to see here' WHERE id = 42");
        String before = sha256(file);
        PlanOpener opener = new PlanOpener(new Backups(dir.resolve("backups"), 3, Clock.systemUTC()), Clock.systemUTC());

        OpenedPlan opened = opener.open(file, false, "tester", TestPlans.CLOCK);
        try (var s = opened.session()) {
            assertTrue(opened.auditBroken());
            assertEquals(42L, opened.audit().firstBadRow());
            assertTrue(opened.auditWarning().startsWith("The audit trail of this plan is broken at row 42: its content does not match its hash"), opened.auditWarning());
            assertTrue(opened.auditWarning().contains("restore a backup taken before the break"));
        }
        var check = CliRunner.run("check", file.toString());
        assertEquals(1, check.exit());
        assertTrue(check.out().contains("Audit chain:     BROKEN at audit row 42"), check.out());
        assertEquals(before, sha256(file), "opening and closing without a change leaves the bytes as they were");
    }

    /** A plan whose audit index root page has its header overwritten: readable, but the integrity check fails. */
    static Path damagedPage(Path folder) throws Exception {
        Path p = demo(folder, "bad-page");
        long root = sqlLong(p, "SELECT rootpage FROM sqlite_master WHERE name = 'audit_log_entity'");
        long pageSize = sqlLong(p, "PRAGMA page_size");
        try (RandomAccessFile raf = new RandomAccessFile(p.toFile(), "rw")) {
            raf.seek((root - 1) * pageSize);
            raf.write(new byte[]{(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        }
        return p;
    }

    static Path demo(Path folder, String name) throws Exception {
        Path p = TestPlans.demoFile(folder.resolve(name));
        Path target = folder.resolve(name + ".waymark");
        Files.move(p, target);
        return target;
    }

    static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String s : statements) st.execute(s);
        }
    }

    static long sqlLong(Path file, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
