package org.waymark.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The command line on a shared plan: publish, check, export to JSON and to an offline copy. */
@ExtendWith(SharedServer.Extension.class)
class SharedPlanCommandsTest {

    @TempDir Path dir;

    @Test void publishCheckAndExportThroughTheCommandLine(SharedServer server) throws Exception {
        Path file = TestPlans.demoFile(dir);
        String shared = server.location(server.newDatabase());

        CliRunner.Result published = CliRunner.run("publish", file.toString(), "--to", shared);
        assertEquals(0, published.exit(), published.out() + published.err());
        assertTrue(published.out().contains("Verified there"), published.out());

        CliRunner.Result again = CliRunner.run("publish", file.toString(), "--to", shared);
        assertEquals(2, again.exit(), "a database that already holds a plan is refused");
        assertTrue(again.err().contains("not empty"), again.err());

        CliRunner.Result check = CliRunner.run("check", shared);
        assertEquals(0, check.exit(), check.out() + check.err());
        assertTrue(check.out().contains("Healthy."), check.out());

        Path fromFile = dir.resolve("file.json");
        Path fromShared = dir.resolve("shared.json");
        assertEquals(0, CliRunner.run("export", file.toString(), "-o", fromFile.toString()).exit());
        CliRunner.Result json = CliRunner.run("export", shared, "-o", fromShared.toString());
        assertEquals(0, json.exit(), json.err());
        assertEquals(Files.readString(fromFile), Files.readString(fromShared), "the same document from the file and from the shared plan");

        // The board pack from the shared plan: the same figures as the file's pack, which verify checks against the file.
        for (String ext : new String[]{"pdf", "html"}) {
            Path pack = dir.resolve("shared-pack." + ext);
            CliRunner.Result exported = CliRunner.run("export-pack", shared, "-o", pack.toString());
            assertEquals(0, exported.exit(), exported.out() + exported.err());
            CliRunner.Result verified = CliRunner.run("verify", pack.toString(), "--against", file.toString());
            assertEquals(0, verified.exit(), ext + ": " + verified.out() + verified.err());
        }

        Path copy = dir.resolve("copy.waymark");
        CliRunner.Result offline = CliRunner.run("export", shared, "-o", copy.toString());
        assertEquals(0, offline.exit(), offline.err());
        CliRunner.Result checkCopy = CliRunner.run("check", copy.toString());
        assertEquals(0, checkCopy.exit(), checkCopy.out() + checkCopy.err());
        assertTrue(checkCopy.out().contains("Offline copy:    of " + shared + ", taken at "), checkCopy.out());
        PlanException refused = assertThrows(PlanException.class, () -> PlanSession.open(copy, false, "tester", TestPlans.CLOCK));
        assertEquals(PlanException.Kind.READ_ONLY, refused.kind());
        assertTrue(refused.getMessage().contains(shared), refused.getMessage());
        try (PlanSession s = PlanSession.open(copy, true, "tester", TestPlans.CLOCK);
             PlanSession original = PlanSession.open(file, true, "tester", TestPlans.CLOCK)) {
            assertEquals(original.plan().actions(), s.plan().actions());
            assertEquals(original.auditRows() + 1, s.auditRows(), "the copy's chain is the plan's plus the row that names where it came from");
            assertTrue(s.lastChange().orElseThrow().newValue().contains(shared));
        }
    }

    @Test void anAddressWithAPasswordIsRefusedWithoutRepeatingIt(SharedServer server) {
        CliRunner.Result r = CliRunner.run("check", "postgresql://jsmith:hunter2secret@127.0.0.1:" + server.port() + "/nothing");
        assertEquals(2, r.exit());
        assertFalse((r.out() + r.err()).contains("hunter2secret"), r.err());
        assertTrue(r.err().contains(".pgpass"), r.err());
    }

    @Test void aDatabaseWithoutAPlanIsNamedAsSuch(SharedServer server) {
        String empty = server.location(server.newDatabase());
        CliRunner.Result r = CliRunner.run("check", empty);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("holds no Waymark plan"), r.err());
    }
}
