package org.waymark.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanHealth;
import org.waymark.app.PlanPublish;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.reliability.ChildJvm;
import org.waymark.domain.Milestone;
import org.waymark.domain.ProgressUpdate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Clients of one shared plan as separate processes, as they are in a trust: two JVMs writing at once, a client
 * killed with SIGKILL mid-write, and the server restarted under a writing client. Whatever a client was told had
 * been saved is there exactly once afterwards, and the audit chain verifies.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedClientProcessesTest {

    private static final int EDITS = 500;

    @TempDir Path dir;

    @Test void twoClientProcessesEachMake500EditsAndEveryAcknowledgedOneIsThereOnce(SharedServer server) throws Exception {
        Published plan = publish(server.location(server.newDatabase()));
        List<String> acknowledged = new ArrayList<>();
        try (ChildJvm a = writer(plan, "A", EDITS); ChildJvm b = writer(plan, "B", EDITS)) {
            a.awaitLine("READY", 120);
            b.awaitLine("READY", 120);
            acknowledged.addAll(acknowledgedUntilDone(a));
            acknowledged.addAll(acknowledgedUntilDone(b));
        }
        assertEquals(2 * EDITS, acknowledged.size(), "every edit was acknowledged");
        assertExactlyOnce(plan, acknowledged, 0);
    }

    @Test void aClientKilledMidWriteLosesNothingItWasToldWasSaved(SharedServer server) throws Exception {
        Published plan = publish(server.location(server.newDatabase()));
        List<String> acknowledged = new ArrayList<>();
        try (ChildJvm victim = writer(plan, "K", 0)) {
            victim.awaitLine("READY", 120);
            while (acknowledged.size() < 60) acknowledged.add(victim.awaitLine("ACK ", 60).substring(4));
            victim.kill();
            for (String line; (line = victim.lines().poll()) != null; ) if (line.startsWith("ACK ")) acknowledged.add(line.substring(4));
        }
        // the write in flight when it died either committed whole or not at all; the next writer is not blocked by it
        assertExactlyOnce(plan, acknowledged, 1);
        try (ChildJvm next = writer(plan, "N", 10)) {
            assertEquals(10, acknowledgedUntilDone(next).size(), "the head lock died with the killed client's connection");
        }
    }

    @Test void theServerRestartingUnderAWritingClientLosesNothingAcknowledgedAndTheClientSaysSo() throws Exception {
        Path data = dir.resolve("pgdata");
        EmbeddedPostgres pg = server(data, 0);
        int port = pg.getPort();
        try {
            try (var c = pg.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
                st.execute("CREATE DATABASE plan");
            }
            Published plan = publish("postgresql://postgres@127.0.0.1:" + port + "/plan");
            List<String> acknowledged = new ArrayList<>();
            String told;
            try (ChildJvm writer = writer(plan, "R", 0)) {
                writer.awaitLine("READY", 120);
                while (acknowledged.size() < 40) acknowledged.add(writer.awaitLine("ACK ", 60).substring(4));
                pg.close(); // a fast shutdown: the server ends every session, as a restart does
                told = collectUntilFailed(writer, acknowledged);
                pg = server(data, port);
                Thread.sleep(1_000);
                for (String line; (line = writer.lines().poll()) != null; ) if (line.startsWith("ACK ")) acknowledged.add(line.substring(4));
            }
            assertTrue(told.contains("cannot be reached") && told.contains("Nothing was changed"), told);
            assertExactlyOnce(plan, acknowledged, 1);
        } finally {
            pg.close();
        }
    }

    private record Published(String address, long first, long second, long auditBefore) {}

    private Published publish(String address) throws Exception {
        Path file = TestPlans.demoFile(Files.createTempDirectory(dir, "plan"));
        assertTrue(PlanPublish.publish(file, address, "tester", TestPlans.CLOCK).verified());
        try (PlanSession s = PlanSession.open(address, true, "tester", TestPlans.CLOCK)) {
            return new Published(address, s.plan().actions().get(0).id(), s.plan().actions().get(1).id(), s.auditRows());
        }
    }

    private ChildJvm writer(Published plan, String name, int edits) throws Exception {
        return ChildJvm.start(dir.resolve("data-" + name), SharedWriterMain.class, plan.address(), name,
                Long.toString(plan.first()), Long.toString(plan.second()), Integer.toString(edits));
    }

    private static List<String> acknowledgedUntilDone(ChildJvm client) throws InterruptedException {
        List<String> out = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < end) {
            String line = client.nextLine(600);
            if (line.equals("DONE")) return out;
            if (line.startsWith("ACK ")) out.add(line.substring(4));
            else if (line.startsWith("FAILED ") || line.equals("<EOF>")) fail("a client's write failed: " + line);
        }
        throw new AssertionError("the client did not finish");
    }

    /** Reads the writer's lines, keeping acknowledgements, until it reports a failed write. */
    private static String collectUntilFailed(ChildJvm writer, List<String> acknowledged) throws InterruptedException {
        while (true) {
            String line = writer.nextLine(60);
            if (line.startsWith("ACK ")) acknowledged.add(line.substring(4));
            else if (line.startsWith("FAILED ")) return line;
            else if (line.equals("<EOF>")) fail("the client ended instead of saying what failed");
        }
    }

    /** Every acknowledged edit is stored once; at most {@code inFlight} more landed (cut off after commit, before "ACK"). */
    private static void assertExactlyOnce(Published plan, List<String> acknowledged, int inFlight) {
        try (PlanSession s = PlanSession.open(plan.address(), true, "tester", TestPlans.CLOCK)) {
            Map<String, Integer> seen = new HashMap<>();
            for (ProgressUpdate u : s.plan().updatesOf(plan.first())) seen.merge(u.text(), 1, Integer::sum);
            for (Milestone m : s.plan().milestonesOf(plan.second())) seen.merge(m.title(), 1, Integer::sum);
            for (String text : acknowledged) assertEquals(1, seen.getOrDefault(text, 0), text + " is there exactly once");
            long written = seen.keySet().stream().filter(t -> t.startsWith("update ") || t.startsWith("milestone ")).count();
            assertTrue(written >= acknowledged.size() && written <= acknowledged.size() + inFlight,
                    written + " written, " + acknowledged.size() + " acknowledged");
            assertTrue(seen.values().stream().allMatch(n -> n == 1), "no edit landed twice");
            assertEquals(plan.auditBefore() + written, s.auditRows(), "one audit row per edit");
            assertTrue(s.verifyAudit().intact(), s.verifyAudit().describe());
        }
        PlanHealth health = PlanHealth.check(plan.address(), TestPlans.CLOCK);
        assertTrue(health.healthy(), () -> String.join("; ", health.problems()));
    }

    /** A server of this test's own, on a data directory that outlives it, so it can be stopped and started again. */
    private static EmbeddedPostgres server(Path data, int port) throws Exception {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1");
        if (port != 0) b.setPort(port);
        return b.start();
    }
}
