package org.waymark.app.rounds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.store.Migrations;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A plan from before update rounds upgrades, keeps its audit chain, and can start a round at once. */
class UpdateRoundMigrationTest {

    @TempDir Path dir;

    @Test
    void aVersionThreePlanUpgradesAndRecordsRounds() throws Exception {
        Path file = dir.resolve("plan-v3.waymark");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/plan-v3.waymark")) {
            assertNotNull(in);
            Files.copy(in, file);
        }
        try (PlanSession s = PlanSession.open(file, false, "tester", TestPlans.CLOCK)) {
            assertEquals(Migrations.LATEST, s.schemaVersion());
            assertTrue(s.verifyAudit().intact());
            RoundService rounds = new RoundService(s);
            assertEquals(List.of(), rounds.summaries());
        }
    }
}
