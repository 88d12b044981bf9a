package org.waymark.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.TestPlans;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** SIGKILL a writing JVM at random moments: nothing acknowledged is lost, the file and its audit chain stay sound. */
class CrashSafetyTest {

    @TempDir Path dir;

    @Test
    void acknowledgedChangesSurviveSigkill() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        CrashHarness harness = new CrashHarness(plan, dir.resolve("home"), 20261125L);
        int acknowledged = 0;
        for (int round = 1; round <= 5; round++) {
            CrashHarness.Round r = harness.round(round);
            assertEquals(List.of(), r.lost(), "round " + round + " lost acknowledged changes");
            assertEquals(List.of("ok"), r.integrity(), "round " + round);
            assertTrue(r.auditIntact(), "round " + round + ": " + r.audit());
            acknowledged += r.acknowledged();
        }
        assertTrue(acknowledged > 0, "the writer acknowledged no changes at all, so nothing was tested");
    }
}
