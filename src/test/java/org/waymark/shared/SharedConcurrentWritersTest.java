package org.waymark.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.PlanHealth;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Milestone;
import org.waymark.domain.ProgressUpdate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two clients, each with its own connection, make 500 edits each to one shared plan at once, on the same two
 * actions (every write also takes the audit head, so the two contend on every edit). Afterwards every edit that was acknowledged is there exactly once, the audit chain is one unbroken
 * line, and replaying it gives exactly the stored rows.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedConcurrentWritersTest {

    private static final int EDITS = 500;

    @TempDir Path dir;

    @Test void twoWritersAtOnceLoseNothingAndKeepOneChain(SharedServer server) throws Exception {
        String shared = server.publishedDemo(dir);
        long first;
        long second;
        long auditBefore;
        try (PlanSession s = PlanSession.open(shared, false, "tester", TestPlans.CLOCK)) {
            first = s.plan().actions().get(0).id();
            second = s.plan().actions().get(1).id();
            auditBefore = s.auditRows();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> writers = new ArrayList<>();
            for (String name : List.of("A", "B")) writers.add(pool.submit(writer(shared, name, first, second)));
            List<String> acknowledged = new ArrayList<>();
            for (Future<List<String>> w : writers) acknowledged.addAll(w.get(10, TimeUnit.MINUTES));
            assertEquals(2 * EDITS, acknowledged.size());

            try (PlanSession s = PlanSession.open(shared, true, "tester", TestPlans.CLOCK)) {
                Map<String, Integer> seen = new HashMap<>();
                for (ProgressUpdate u : s.plan().updatesOf(first)) seen.merge(u.text(), 1, Integer::sum);
                for (Milestone m : s.plan().milestonesOf(second)) seen.merge(m.title(), 1, Integer::sum);
                for (String text : acknowledged) assertEquals(1, seen.getOrDefault(text, 0), text + " is there exactly once");
                long arrived = seen.keySet().stream().filter(t -> t.startsWith("update ") || t.startsWith("milestone ")).count();
                assertEquals(acknowledged.size(), arrived, "nothing arrived that was not acknowledged");
                assertEquals(auditBefore + 2 * EDITS, s.auditRows(), "one audit row per edit, none lost or doubled");
                assertTrue(s.verifyAudit().intact(), s.verifyAudit().describe());
            }
            PlanHealth health = PlanHealth.check(shared, TestPlans.CLOCK);
            assertTrue(health.healthy(), () -> String.join("; ", health.problems()));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Alternates a progress update on one action with a milestone on another; both writers use the same two actions. */
    private static Callable<List<String>> writer(String shared, String name, long first, long second) {
        return () -> {
            List<String> done = new ArrayList<>();
            try (PlanSession s = PlanSession.open(shared, false, name, TestPlans.CLOCK)) {
                ActionService actions = new ActionService(s);
                for (int i = 0; i < EDITS; i++) {
                    String text = (i % 2 == 0 ? "update " : "milestone ") + name + " " + i;
                    if (i % 2 == 0) actions.postUpdate(first, text, null);
                    else actions.addMilestone(second, text, null);
                    done.add(text); // acknowledged: the write returned, so it committed
                }
            }
            return done;
        };
    }
}
