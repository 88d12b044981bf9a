package org.waymark.bench;

import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Plan;
import org.waymark.domain.Readiness;
import org.waymark.store.PlanStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Properties;

/**
 * Foundation benchmark: a 20k-action plan with 200k audit rows. Prints medians, each beside a baseline measured
 * in the same run. Run: ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.waymark.bench.FoundationBench
 */
public final class FoundationBench {

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long auditTarget = args.length > 1 ? Long.parseLong(args[1]) : 200_000;
        Path dir = Files.createTempDirectory("waymark-bench");
        Path file = dir.resolve("bench.waymark");
        Clock clock = Clock.systemDefaultZone();

        long t0 = System.nanoTime();
        try (PlanSession s = DemoPlanGenerator.write(file, actions, 42, false, "bench", clock)) {
            padAuditLog(s, auditTarget);
            System.out.printf("Built %s: %d actions, %d audit rows, %.1f MB, in %.1f s%n", file, s.plan().actions().size(), s.auditRows(),
                    Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9);
        }

        double open = Stats.medianMillis(2, 7, () -> {
            try (PlanSession s = PlanSession.open(file, false, "bench", clock)) {
                if (s.plan().actions().size() != actions) throw new IllegalStateException("wrong count");
            }
        });
        double bare = Stats.medianMillis(2, 7, () -> bareSelect(file, actions));
        Stats.print("open plan + load all register rows", open, "bare SELECT of action rows", bare, "≤ 1000 ms");

        try (PlanSession s = PlanSession.open(file, false, "bench", clock)) {
            Plan plan = s.plan();
            double summary = Stats.medianMillis(5, 21, () -> Readiness.of(plan, s.today()));
            double scan = Stats.medianMillis(5, 21, () -> plan.actions().stream().filter(a -> a.overdue(s.today())).count());
            Stats.print("readiness summary", summary, "one pass over actions", scan, "≤ 50 ms");

            ActionService service = new ActionService(s);
            long id = plan.actions().get(plan.actions().size() / 2).id();
            int[] flip = {0};
            double change = Stats.medianMillis(5, 41, () -> service.changeStatus(id,
                    flip[0]++ % 2 == 0 ? ActionStatus.ON_HOLD : ActionStatus.IN_PROGRESS, "bench"));
            double commit = Stats.medianMillis(5, 41, () -> bareInsertCommit(dir.resolve("bare.db")));
            Stats.print("durable status change + audit row", change, "bare insert + commit", commit, "≤ 2× bare");

            double refreshed = Stats.medianMillis(5, 41, () -> {
                service.changeStatus(id, flip[0]++ % 2 == 0 ? ActionStatus.ON_HOLD : ActionStatus.IN_PROGRESS, "bench");
                s.plan();
            });
            Stats.print("status change, then plan() up to date", refreshed, "the status change alone", change, "≤ 50 ms");

            // Until the user sees it in the register: the plan brought up to date and the register's rows, reusing the
            // rows of untouched actions as the window does; beside it, the same with a whole reload and whole rows.
            Plan[] last = {s.plan()};
            java.util.List<org.waymark.ui.register.RegisterRow>[] rows = new java.util.List[]{org.waymark.ui.register.RegisterRows.of(last[0], s.today())};
            double shown = Stats.medianMillis(5, 41, () -> {
                service.changeStatus(id, flip[0]++ % 2 == 0 ? ActionStatus.ON_HOLD : ActionStatus.IN_PROGRESS, "bench");
                Plan p = s.plan();
                rows[0] = org.waymark.ui.register.RegisterRows.of(p, s.today(), last[0], s.today(), rows[0]);
                last[0] = p;
            });
            double whole = Stats.medianMillis(2, 11, () -> {
                service.changeStatus(id, flip[0]++ % 2 == 0 ? ActionStatus.ON_HOLD : ActionStatus.IN_PROGRESS, "bench");
                Plan p = s.read(org.waymark.store.PlanLoader::load);
                org.waymark.ui.register.RegisterRows.of(p, s.today());
            });
            Stats.print("status change until the register's rows show it", shown, "whole reload + all rows (before)", whole, "≤ 50 ms");

            // Until both the register and the overview show it, as the window reads them after a write: the overview's
            // figures keep each untouched action's BRAG (BragCache); beside it, the overview assessing every action again.
            // Alternated in pairs, so that both see the same load and the same state of the JIT and the heap.
            org.waymark.domain.BragCache brags = new org.waymark.domain.BragCache();
            org.waymark.ui.overview.OverviewView.read(s, brags);
            List<Double> kept = new java.util.ArrayList<>(), again = new java.util.ArrayList<>();
            for (int i = 0; i < 2 * (5 + 41); i++) {
                boolean cached = i % 2 == 0;
                long started = System.nanoTime();
                service.changeStatus(id, flip[0]++ % 2 == 0 ? ActionStatus.ON_HOLD : ActionStatus.IN_PROGRESS, "bench");
                Plan p = s.plan();
                rows[0] = org.waymark.ui.register.RegisterRows.of(p, s.today(), last[0], s.today(), rows[0]);
                last[0] = p;
                org.waymark.ui.overview.OverviewView.read(s, cached ? brags : new org.waymark.domain.BragCache());
                if (i >= 10) (cached ? kept : again).add((System.nanoTime() - started) / 1e6);
            }
            double both = org.waymark.bench.StartupBench.median(kept);
            double fresh = org.waymark.bench.StartupBench.median(again);
            Stats.print("status change until register and overview show it", both, "the same, overview assessing every action", fresh, "≤ 50 ms");
            Stats.print("status change until register and overview show it", both, "the status change alone", change, "≤ 50 ms");
        }
    }

    /** Realistic churn: progress edits, each audited, until the log holds the target row count. */
    private static void padAuditLog(PlanSession s, long target) {
        List<Action> all = s.plan().actions();
        int round = 0;
        while (s.auditRows() < target) {
            int r = ++round;
            s.write("bench churn", tx -> {
                long need = target - s.auditRows();
                for (int i = 0; i < all.size() && need > 0; i++, need--) {
                    Action a = PlanStore.action(tx, all.get(i).id());
                    PlanStore.updateAction(tx, a, a.withStatus(a.status(), (a.progress() + r) % 100), "bench churn");
                }
                return null;
            });
        }
    }

    private static void bareSelect(Path file, int expected) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM action")) {
            int n = 0;
            while (rs.next()) { rs.getString("ref"); rs.getString("title"); rs.getString("current_due"); n++; }
            if (n != expected) throw new IllegalStateException("wrong count");
        }
    }

    private static Connection bare;

    /** The same durability settings as a plan file: WAL, synchronous=FULL. */
    private static void bareInsertCommit(Path db) throws Exception {
        if (bare == null) {
            Properties p = new Properties();
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "FULL");
            bare = DriverManager.getConnection("jdbc:sqlite:" + db, p);
            try (Statement st = bare.createStatement()) { st.executeUpdate("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)"); }
        }
        bare.setAutoCommit(false);
        try (PreparedStatement ps = bare.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
            ps.setString(1, "status change");
            ps.executeUpdate();
        }
        bare.commit();
    }
}
