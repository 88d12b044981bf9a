package org.waymark.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanHealth;
import org.waymark.app.PlanSession;
import org.waymark.cli.CliRunner;
import org.waymark.shared.SharedServer;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** `import` into a shared plan: the same dry run, refusals and one audited change as into a file, on a real server. */
@ExtendWith(SharedServer.Extension.class)
class SharedImportCommandTest {

    @TempDir Path dir;

    @Test void aSpreadsheetImportsIntoASharedPlanAsOneAuditedChange(SharedServer server) throws Exception {
        Path file;
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) { file = s.file(); }
        String shared = server.location(server.newDatabase());
        assertEquals(0, run("publish", file.toString(), "--to", shared).exit());
        Path xlsx = MessyWorkbook.write(dir.resolve("messy.xlsx"));
        long auditBefore = auditRows(shared);

        CliRunner.Result refused = run("import", xlsx.toString(), "--into", shared, "--on-duplicate", "skip");
        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.out().contains("Nothing imported: 2 row(s) rejected"), refused.out());
        assertEquals(auditBefore, auditRows(shared), "a refused import writes nothing");

        CliRunner.Result done = run("import", xlsx.toString(), "--into", shared, "--on-duplicate", "skip", "--skip-rejected");
        assertEquals(0, done.exit(), done.out() + done.err());
        assertTrue(done.out().contains("Imported 10 actions from messy.xlsx into " + shared + " as one audited change."), done.out());
        try (PlanSession s = PlanSession.open(shared, true, "t", ImportTestSupport.APRIL_2018)) {
            assertEquals(10, s.plan().actions().size());
            assertTrue(s.auditRows() > auditBefore);
            assertEquals("postgres", s.lastChange().orElseThrow().who(), "the audit rows name the database login");
        }
        PlanHealth health = PlanHealth.check(shared, ImportTestSupport.APRIL_2018);
        assertTrue(health.healthy(), () -> String.join("; ", health.problems()));

        CliRunner.Result document = run("import", dir.resolve("plan.json").toString(), "--into", shared);
        assertEquals(2, document.exit());
        assertTrue(document.err().contains("then publish that"), document.err());
    }

    @Test void aSharedPlanWhoseDataTheLogDoesNotProveIsNotWrittenInto(SharedServer server) throws Exception {
        Path file;
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) { file = s.file(); }
        String db = server.newDatabase();
        String shared = server.location(db);
        assertEquals(0, run("publish", file.toString(), "--to", shared).exit());
        server.superuser(db, "UPDATE organisation SET name = 'Changed behind the log'"); // a direct edit, no audit row
        long auditBefore = auditRows(shared);

        CliRunner.Result refused = run("import", MessyWorkbook.write(dir.resolve("messy.xlsx")).toString(), "--into", shared,
                "--on-duplicate", "skip", "--skip-rejected");
        assertEquals(2, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("cannot be trusted") && refused.err().contains("Nothing was written"), refused.err());
        assertEquals(auditBefore, auditRows(shared));
    }

    private static long auditRows(String shared) {
        try (PlanSession s = PlanSession.open(shared, true, "t", ImportTestSupport.APRIL_2018)) { return s.auditRows(); }
    }

    private static CliRunner.Result run(String... args) { return ImportTestSupport.cli(args); }
}
