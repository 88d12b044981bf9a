package org.waymark.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Organisation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A write that fails part-way leaves the plan exactly as it was: no change, no audit row. */
class AtomicWriteTest {

    @TempDir Path dir;

    String dump(PlanDatabase db) {
        return db.read(c -> String.join("\n", Sql.query(c,
                "SELECT group_concat(ref || status || progress || ifnull(current_due, ''), ',') FROM action UNION ALL SELECT count(*) || max(hash) FROM audit_log",
                rs -> String.valueOf(rs.getString(1)))));
    }

    @Test
    void failureMidWayRollsBackEverything() {
        Path file = dir.resolve("p.waymark");
        try (PlanDatabase db = PlanDatabase.create(file, Clock.systemUTC())) {
            db.write("t", tx -> {
                PlanStore.saveOrganisation(tx, null, Organisation.named("Trust"), "x");
                PlanStore.insertAction(tx, new org.waymark.domain.Action(0, "A1", "t", "", null, null, null, null, null, null, null, null, ActionStatus.NOT_STARTED, 0, null, null), "x");
                return null;
            });
            String before = dump(db);
            assertThrows(IllegalStateException.class, () -> db.write("t", tx -> {
                var a = PlanStore.action(tx, 1);
                PlanStore.updateAction(tx, a, a.withStatus(ActionStatus.COMPLETE, 100), "first half");
                throw new IllegalStateException("power cut between the two halves");
            }));
            StoreException e = assertThrows(StoreException.class, () -> db.write("t", tx -> {
                var a = PlanStore.action(tx, 1);
                PlanStore.updateAction(tx, a, a.withStatus(ActionStatus.IN_PROGRESS, 50), "first half");
                PlanStore.insertAction(tx, new org.waymark.domain.Action(0, "A1", "duplicate ref", "", null, null, null, null, null, null, null, null, ActionStatus.NOT_STARTED, 0, null, null), "x");
                return null;
            }));
            assertEquals(StoreException.Reason.INVALID, e.reason());
            assertEquals(before, dump(db));
            assertTrue(db.verifyAudit().intact());
            assertEquals(List.of("ok"), db.integrityCheck());
        }
    }
}
