package org.waymark.app.reliability;

import org.waymark.app.infra.Backups;
import org.waymark.app.PlanOpener;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.RuntimeSetup;
import org.waymark.app.TestPlans;
import org.waymark.app.demo.DemoPlanGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * What the safe open costs (docs/RELIABILITY.md): medians of several runs of each step on the demo plan and on a
 * large plan, against the same run's plain {@code PlanSession.open} as the baseline.
 * {@code ./mvnw -q -B test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-classpath %classpath org.waymark.app.reliability.OpenCheckBench"}
 */
public final class OpenCheckBench {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path dir = Files.createTempDirectory("waymark-bench");
        System.setProperty("waymark.data.dir", dir.resolve("home").toString());
        RuntimeSetup.configure();
        Path demo = TestPlans.demoFile(dir.resolve("demo"));
        Path large = dir.resolve("large").resolve("large.waymark");
        Files.createDirectories(large.getParent());
        DemoPlanGenerator.write(large, 1500, 2, true, "bench", TestPlans.CLOCK).close();
        for (Path plan : new Path[]{demo, large}) {
            long auditRows;
            try (PlanSession s = PlanSession.open(plan, true, "bench", TestPlans.CLOCK)) { auditRows = s.auditRows(); }
            System.out.printf("%n%s: %,d bytes, %,d audit rows, %d runs each (median ms, ratio to the baseline)%n", plan.getFileName(), Files.size(plan), auditRows, runs);
            PlanOpener opener = new PlanOpener(new Backups(dir.resolve("backups"), 3, Clock.systemUTC()), Clock.systemUTC());
            double base = measure(runs, p -> PlanSession.open(p, false, "bench", TestPlans.CLOCK).close(), plan);
            report("baseline: PlanSession.open for editing (loads the plan)", base, base);
            report("PRAGMA quick_check", measure(runs, p -> { try (PlanSession s = PlanSession.open(p, true, "b", TestPlans.CLOCK)) { s.read(c -> quick(c)); } }, plan)
                    - measure(runs, p -> PlanSession.open(p, true, "b", TestPlans.CLOCK).close(), plan), base);
            report("PRAGMA integrity_check", measure(runs, p -> { try (PlanSession s = PlanSession.open(p, true, "b", TestPlans.CLOCK)) { s.integrityCheck(); } }, plan)
                    - measure(runs, p -> PlanSession.open(p, true, "b", TestPlans.CLOCK).close(), plan), base);
            report("audit chain verification", measure(runs, p -> { try (PlanSession s = PlanSession.open(p, true, "b", TestPlans.CLOCK)) { s.verifyAudit(); } }, plan)
                    - measure(runs, p -> PlanSession.open(p, true, "b", TestPlans.CLOCK).close(), plan), base);
            report("PlanOpener.open read-only (checks, no lock, no backup)", measure(runs, p -> opener.open(p, true, "bench", TestPlans.CLOCK).session().close(), plan), base);
            report("PlanOpener.open for editing (checks, lock, backup, load)", measure(runs, p -> opener.open(p, false, "bench", TestPlans.CLOCK).session().close(), plan), base);
        }
    }

    private static Object quick(java.sql.Connection c) {
        try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA quick_check")) {
            while (rs.next()) rs.getString(1);
            return null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double measure(int runs, Consumer<Path> step, Path plan) {
        step.accept(plan); // warm-up
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            step.accept(plan);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static void report(String what, double ms, double base) {
        System.out.printf("  %-58s %8.1f ms  x%.2f%n", what, ms, ms / base);
    }
}
