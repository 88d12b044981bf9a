package org.waymark.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two processes writing one plan at the same moment, neither looking at the lock file: BEGIN IMMEDIATE and the busy
 * timeout serialise them, every change lands once and the audit chain stays one unbroken chain.
 */
class ConcurrentWritersTest {

    @TempDir Path dir;

    @Test
    void twoProcessesWritingAtOnceInterleaveWithoutDamage() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        int each = 150;
        List<String> childAcked = new ArrayList<>();
        long auditBefore;
        try (PlanSession s = PlanSession.open(plan, false, "parent", TestPlans.CLOCK)) {
            auditBefore = s.auditRows();
            try (ChildJvm child = ChildJvm.start(dir.resolve("home"), RawWriterMain.class, plan.toString(), "CHILD-", Integer.toString(each), "--wait-for-go")) {
                child.awaitLine("READY", 60);
                child.send("GO");
                ActionService actions = new ActionService(s);
                // SQLite's busy handler is not fair: a writer that never pauses can starve the other. Real users pause.
                for (int i = 1; i <= each; i++) {
                    actions.add(HostileConditionsTest.action("PARENT-" + i, "Parent change " + i, ""));
                    Thread.sleep(3);
                }
                for (String line = child.nextLine(120); !line.equals("DONE"); line = child.nextLine(120)) {
                    if (line.startsWith("ACK ")) childAcked.add(line.substring(4));
                    if (line.equals("<EOF>")) fail("the child writer died");
                }
                assertEquals(0, child.waitFor(60));
            }
        }
        try (PlanSession s = PlanSession.open(plan, true, "checker", TestPlans.CLOCK)) {
            Set<String> refs = s.plan().actions().stream().map(Action::ref).collect(Collectors.toSet());
            assertEquals(each, childAcked.size());
            for (int i = 1; i <= each; i++) {
                assertTrue(refs.contains("PARENT-" + i) && refs.contains("CHILD-" + i), "change " + i + " of each writer is there");
            }
            var audit = s.verifyAudit();
            assertTrue(audit.intact(), audit.describe());
            assertTrue(s.auditRows() >= auditBefore + 2L * each);
            assertEquals(List.of("ok"), s.integrityCheck());
            // They really did contend: both start on the same signal and the child spreads its writes out.
            List<String> who = s.history(null, null).stream().skip(auditBefore).map(r -> r.who()).toList();
            long switches = java.util.stream.IntStream.range(1, who.size()).filter(i -> !who.get(i).equals(who.get(i - 1))).count();
            assertTrue(switches > 1, "the writes interleaved (" + switches + " switches)");
        }
    }
}
