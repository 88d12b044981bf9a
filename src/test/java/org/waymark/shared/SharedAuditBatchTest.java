package org.waymark.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.PlanHealth;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.ProgressUpdate;
import org.waymark.store.PlanStore;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A shared plan sends a write's audit rows, the head's move and COMMIT together (one round trip). These check the
 * edges of that: a write with more rows than one statement takes (an import's), and a write whose audit rows the
 * server refuses, which must leave nothing behind and the connection ready for the next write.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedAuditBatchTest {

    @TempDir Path dir;

    @Test void aWriteOfThousandsOfAuditRowsKeepsOneChainThatProvesTheData(SharedServer server) {
        String shared = server.publishedDemo(dir);
        try (PlanSession s = PlanSession.open(shared, false, "tester", TestPlans.CLOCK)) {
            long action = s.plan().actions().get(0).id();
            long before = s.auditRows();
            int rows = 6_100; // 67,100 values: more than one statement can bind (65,535), so several statements, the last with COMMIT
            s.write("Bulk notes", tx -> {
                for (int i = 0; i < rows; i++) {
                    PlanStore.insertUpdate(tx, new ProgressUpdate(0, action, s.today(), "tester", "note " + i, null), "Bulk notes");
                }
                return null;
            });
            assertEquals(before + rows, s.auditRows());
            assertTrue(s.verifyAudit().intact(), s.verifyAudit().describe());
            new ActionService(s).postUpdate(action, "after the bulk write", null);
            assertEquals(before + rows + 1, s.auditRows());
        }
        PlanHealth health = PlanHealth.check(shared, TestPlans.CLOCK);
        assertTrue(health.healthy(), () -> String.join("; ", health.problems()));
    }

    @Test void aWriteWhoseAuditRowsAreRefusedLeavesNothingAndTheNextWriteWorks(SharedServer server) {
        String shared = server.publishedDemo(dir);
        try (PlanSession s = PlanSession.open(shared, false, "tester", TestPlans.CLOCK)) {
            long action = s.plan().actions().get(0).id();
            long before = s.auditRows();
            int updates = s.plan().updatesOf(action).size();
            // the progress update goes in at once; its audit row, with no entity (NOT NULL), fails in the last round trip
            assertThrows(RuntimeException.class, () -> s.write("Refused", tx -> {
                PlanStore.insertUpdate(tx, new ProgressUpdate(0, action, s.today(), "tester", "must not stay", null), "Refused");
                tx.audit(null, action, "note", null, "x", "Refused");
                return null;
            }));
            assertEquals(before, s.auditRows(), "no audit row kept");
            try (PlanSession fresh = PlanSession.open(shared, true, "tester", TestPlans.CLOCK)) {
                assertEquals(updates, fresh.plan().updatesOf(action).size(), "the change rolled back with its audit rows");
            }
            new ActionService(s).postUpdate(action, "the next write", null);
            assertEquals(before + 1, s.auditRows());
            assertTrue(s.verifyAudit().intact(), s.verifyAudit().describe());
        }
    }
}
