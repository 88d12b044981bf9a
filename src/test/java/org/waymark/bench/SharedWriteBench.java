package org.waymark.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.waymark.app.ActionService;
import org.waymark.app.PlanPublish;
import org.waymark.app.PlanSession;
import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.domain.ActionStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A shared plan on a real PostgreSQL server (the embedded one the tests use): one audited status change against a
 * bare insert + commit on the same server, and 20 editors writing at once (latency per write, chain intact after).
 */
public final class SharedWriteBench {

    private static int flip;

    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = Files.createTempDirectory("waymark-shared-bench");
        Clock clock = Clock.systemDefaultZone();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection admin = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres")); Statement st = admin.createStatement()) {
                st.execute("CREATE DATABASE plan");
                st.execute("CREATE DATABASE bare");
            }
            String shared = "postgresql://postgres@localhost:" + pg.getPort() + "/plan";
            Path file = dir.resolve("plan.waymark");
            DemoPlanGenerator.write(file, actions, 1, false, "bench", clock).close();
            PlanPublish.publish(file, shared, "bench", clock);

            // a second copy, written to by hand below: its chain need not stay whole
            try (Connection admin = DriverManager.getConnection(pg.getJdbcUrl("postgres", "postgres")); Statement st = admin.createStatement()) {
                st.execute("CREATE DATABASE floor");
            }
            PlanPublish.publish(file, "postgresql://postgres@localhost:" + pg.getPort() + "/floor", "bench", clock);
            try (PlanSession s = PlanSession.open(shared, false, "bench", clock);
                 Connection bare = DriverManager.getConnection(pg.getJdbcUrl("postgres", "bare"));
                 Connection floor = DriverManager.getConnection(pg.getJdbcUrl("postgres", "floor"))) {
                ActionService service = new ActionService(s);
                long id = s.plan().actions().get(0).id();
                try (Statement st = bare.createStatement()) { st.execute("CREATE TABLE t (id BIGSERIAL PRIMARY KEY, v TEXT)"); }
                // warmed up well past the JIT's thresholds (a lead's client runs all day), each measure alike, in turn
                double[] ms = Stats.alternatingMedians(3000, 1001,
                        () -> service.changeStatus(id, flip++ % 2 == 0 ? ActionStatus.ON_HOLD : ActionStatus.IN_PROGRESS, "bench"),
                        () -> bareInsertCommit(bare),
                        () -> SharedWriteFloor.change(floor, id));
                Stats.print("shared: status change + audit row", ms[0], "bare insert + commit (PG)", ms[1], "≤ 2× bare");
                Stats.print("floor: the same statements in 2 round trips", ms[2], "bare insert + commit (PG)", ms[1], "(no client-hashed write can send fewer)");
            }
            // what a window waits for before it can show the plan: the open (its checks included) and the whole load
            double openShared = Stats.medianMillis(3, 9, () -> openAndLoad(shared, clock));
            double openFile = Stats.medianMillis(3, 9, () -> openAndLoad(file.toString(), clock));
            Stats.print("open + load, shared plan of " + actions, openShared, "the same plan as a file", openFile, "≤ 1 s");
            // flat out (each editor writes again the moment its last write returns), then at a pace still far above a person's
            editors(shared, clock, 20, 50, 0);
            editors(shared, clock, 20, 50, 200);
        }
    }

    /**
     * n editors, each with its own connection, make {@code each} status changes at once, pausing between writes for a
     * random time up to {@code pauseMs} (seeded per editor); prints p50/p95 and checks the chain.
     */
    private static void editors(String shared, Clock clock, int n, int each, int pauseMs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<double[]>> runs = new ArrayList<>();
        // every editor has the plan open before any writes: the writes are timed against each other, not against the
        // other editors' opens (a schema check and a 2,000-action load each, which a person does once a morning)
        java.util.concurrent.CyclicBarrier allOpen = new java.util.concurrent.CyclicBarrier(n);
        for (int e = 0; e < n; e++) {
            int editor = e;
            runs.add(pool.submit(() -> {
                try (PlanSession s = PlanSession.open(shared, false, "editor" + editor, clock)) {
                    ActionService service = new ActionService(s);
                    long id = s.plan().actions().get(editor).id();
                    allOpen.await();
                    double[] ms = new double[each];
                    java.util.Random pace = new java.util.Random(editor);
                    for (int i = 0; i < each; i++) {
                        if (pauseMs > 0) Thread.sleep(pace.nextInt(pauseMs + 1));
                        long t = System.nanoTime();
                        service.changeStatus(id, i % 2 == 0 ? ActionStatus.ON_HOLD : ActionStatus.IN_PROGRESS, "bench");
                        ms[i] = (System.nanoTime() - t) / 1e6;
                    }
                    return ms;
                }
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<double[]> f : runs) Arrays.stream(f.get()).forEach(all::add);
        pool.shutdown();
        all.sort(Double::compare);
        try (PlanSession s = PlanSession.open(shared, true, "bench", clock)) {
            System.out.printf("%d editors × %d writes at once, %s: p50 %.2f ms, p95 %.2f ms, max %.2f ms (goal p95 ≤ 50 ms); chain %s%n", n, each,
                    pauseMs == 0 ? "no pause between writes" : "a pause of 0–" + pauseMs + " ms between writes",
                    all.get(all.size() / 2), all.get((int) (all.size() * 0.95)), all.get(all.size() - 1), s.verifyAudit().describe());
        }
    }

    private static void openAndLoad(String location, Clock clock) {
        try (PlanSession s = PlanSession.open(location, false, "bench", clock)) {
            if (s.plan().actions().isEmpty()) throw new IllegalStateException("no actions loaded");
        }
    }

    private static void bareInsertCommit(Connection bare) throws Exception {
        bare.setAutoCommit(false);
        try (PreparedStatement ps = bare.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
            ps.setString(1, "x");
            ps.executeUpdate();
        }
        bare.commit();
    }
}
