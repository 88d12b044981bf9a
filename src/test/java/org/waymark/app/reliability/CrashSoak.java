package org.waymark.app.reliability;

import org.waymark.app.infra.RuntimeSetup;
import org.waymark.app.TestPlans;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The long crash test (docs/RELIABILITY.md): {@code ./mvnw -q -B test-compile exec:exec -Dexec.executable=java
 * -Dexec.classpathScope=test -Dexec.args="-classpath %classpath org.waymark.app.reliability.CrashSoak 200"}.
 * Prints each round and the totals; exits 1 if any acknowledged change was lost or any check failed.
 */
public final class CrashSoak {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.currentTimeMillis();
        Path dir = Files.createTempDirectory("waymark-soak");
        System.setProperty("waymark.data.dir", dir.resolve("parent-home").toString());
        RuntimeSetup.configure();
        Path plan = TestPlans.demoFile(dir);
        CrashHarness harness = new CrashHarness(plan, dir.resolve("home"), seed);
        long started = System.nanoTime();
        int acknowledged = 0, lost = 0, failedRounds = 0, killedDuringOpen = 0;
        for (int n = 1; n <= rounds; n++) {
            CrashHarness.Round r = harness.round(n);
            acknowledged += r.acknowledged();
            lost += r.lost().size();
            if (r.killAfterMillis() < 0) killedDuringOpen++;
            if (!r.passed()) failedRounds++;
            System.out.printf("round %3d: killed after %4d ms%s, %3d acknowledged, %d lost, integrity %s, %s%n", n, Math.abs(r.killAfterMillis()),
                    r.killAfterMillis() < 0 ? " (during open)" : "", r.acknowledged(), r.lost().size(), String.join(";", r.integrity()), r.audit());
        }
        System.out.printf("%nseed %d: %d rounds (%d killed during open), %d acknowledged changes, %d lost, %d rounds failed, %.0f s, plan %s (%,d bytes)%n",
                seed, rounds, killedDuringOpen, acknowledged, lost, failedRounds, (System.nanoTime() - started) / 1e9, plan, Files.size(plan));
        System.exit(lost == 0 && failedRounds == 0 ? 0 : 1);
    }
}
