package org.waymark.app.reliability;

import org.waymark.app.infra.Backups;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanOpener;
import org.waymark.domain.Action;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One round of the crash test: start {@link CrashWriterMain} in a child JVM, SIGKILL it at a random moment, reopen
 * the plan and check that every acknowledged change is there, that SQLite's integrity check says ok and that the
 * audit chain verifies.
 */
final class CrashHarness {

    record Round(int number, long killAfterMillis, int acknowledged, List<String> lost, List<String> integrity, boolean auditIntact, String audit) {
        boolean passed() { return lost.isEmpty() && integrity.equals(List.of("ok")) && auditIntact; }
    }

    private final Path plan;
    private final Path dataDir;
    private final Random random;

    CrashHarness(Path plan, Path dataDir, long seed) {
        this.plan = plan;
        this.dataDir = dataDir;
        this.random = new Random(seed);
    }

    Round round(int number) throws Exception {
        List<String> acked = new ArrayList<>();
        // Mostly mid-stream; now and then during the open itself (lock, backup, first write).
        long killAfter = random.nextInt(10) == 0 ? random.nextInt(300) : 100 + random.nextInt(900);
        boolean killedBeforeReady = false;
        try (ChildJvm child = ChildJvm.start(dataDir, CrashWriterMain.class, plan.toString(), Integer.toString(number))) {
            if (killAfter < 300 && random.nextBoolean()) {
                Thread.sleep(400 + killAfter); // JVM start-up is about this long: lands in open/backup
                killedBeforeReady = true;
            } else {
                child.awaitLine("READY", 60);
                Thread.sleep(killAfter);
            }
            child.kill();
            for (String line; (line = child.lines().poll()) != null; ) {
                if (line.startsWith("ACK ")) acked.add(line.substring(4));
                if (line.startsWith("NOT-EDITING")) throw new AssertionError("round " + number + ": the writer could not edit: " + line);
            }
        }
        OpenedPlan reopened = new PlanOpener(new Backups(dataDir.resolve("verify-backups"), 2, Clock.systemUTC()), Clock.systemUTC())
                .open(plan, false, "verifier", Clock.systemDefaultZone());
        try (var s = reopened.session()) {
            if (reopened.access() != OpenedPlan.Access.EDITING) throw new AssertionError("round " + number + ": stale lock not cleared: " + reopened.notices());
            Set<String> present = s.plan().actions().stream().map(Action::ref).collect(Collectors.toSet());
            List<String> lost = acked.stream().filter(r -> !present.contains(r)).toList();
            var audit = s.verifyAudit();
            return new Round(number, killedBeforeReady ? -killAfter : killAfter, acked.size(), lost, s.integrityCheck(), audit.intact(), audit.describe());
        }
    }
}
