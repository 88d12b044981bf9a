package org.waymark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** `frameworks` lists what is shipped with ids and dates, shows one in full, and names a bad local file. */
class FrameworksCommandTest {

    @TempDir Path dir;

    @Test
    void listsRegimesFrameworksAndInstrumentsWithTheirDates() {
        CliRunner.Result r = CliRunner.run("frameworks", "--data", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("nof-2025-26"), r.out());
        assertTrue(r.out().contains("from 01/04/2025, segments 1–5"), r.out());
        assertTrue(r.out().contains("cqc-saf-2023"), r.out());
        assertTrue(r.out().contains("from 21/11/2023, 34 items"), r.out());
        assertTrue(r.out().contains("no official mapping"), r.out());
        assertTrue(r.out().contains("warning-notice-s29a"), r.out());
    }

    @Test
    void showsOneFrameworkInFullAndRefusesAnUnknownId() {
        CliRunner.Result r = CliRunner.run("frameworks", "--data", dir.toString(), "--show", "cqc-saf-2023");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  W3 Freedom to speak up"), r.out());
        assertTrue(r.out().contains("Sources:"), r.out());
        CliRunner.Result unknown = CliRunner.run("frameworks", "--data", dir.toString(), "--show", "nope");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("'nope'"), unknown.err());
    }

    @Test
    void aBrokenLocalFileIsNamedWithExitOne() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{");
        CliRunner.Result r = CliRunner.run("frameworks", "--data", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("broken.json"), r.err());
        assertTrue(r.out().contains("cqc-saf-2023"), "the shipped data still lists");
    }
}
