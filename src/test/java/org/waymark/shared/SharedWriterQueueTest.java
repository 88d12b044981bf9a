package org.waymark.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.ActionStatus;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A shared plan's writers queue on one advisory lock before they lock the audit head's row (PostgresDialect): one
 * plain lock queue, served in order. Its key is part of the shared plan's protocol, so it is spelt out here: a
 * transaction holding it must hold every Waymark write back until it ends.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedWriterQueueTest {

    static final String QUEUE = "SELECT pg_advisory_xact_lock((x'57617977'::bigint << 32) | 'audit_head'::regclass::oid::bigint)";

    @TempDir Path dir;

    @Test void aWriteWaitsInTheWritersQueue(SharedServer server) throws Exception {
        String shared = server.publishedDemo(dir);
        String database = shared.substring(shared.lastIndexOf('/') + 1);
        try (PlanSession s = PlanSession.open(shared, false, "tester", TestPlans.CLOCK);
             Connection other = server.superuserConnection(database)) {
            long id = s.plan().actions().get(0).id();
            long before = s.auditRows();
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) { st.execute(QUEUE); }
            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> new ActionService(s).changeStatus(id, ActionStatus.ON_HOLD, "Queued"));
            Thread.sleep(700);
            assertFalse(write.isDone(), "the write waits while another transaction holds the queue");
            other.commit();
            write.get(20, TimeUnit.SECONDS);
            assertEquals(before + 1, s.auditRows());
            assertTrue(s.verifyAudit().intact(), s.verifyAudit().describe());
        }
    }
}
