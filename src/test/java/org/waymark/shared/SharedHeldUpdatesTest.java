package org.waymark.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Committee;
import org.waymark.domain.ProgressUpdate;
import org.waymark.store.PlanStore;
import org.waymark.store.Tx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A shared plan's write takes the head's lock with its first read and holds its row updates back to send with the
 * audit rows and COMMIT (store.Tx). These check that the work cannot tell: it reads its own updates, an update of
 * a row gone meanwhile is refused with nothing written, refused text stops the work where a plan file stops it, a
 * bulk write larger than one statement can bind commits whole, and random transactions read and leave exactly what
 * the same transactions do on a plan file, where every statement runs at once.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedHeldUpdatesTest {

    @TempDir Path dir;

    @Test void aWriteReadsWhatItUpdatedBeforeItCommits(SharedServer server) {
        String shared = server.publishedDemo(dir);
        try (PlanSession s = PlanSession.open(shared, false, "tester", TestPlans.CLOCK)) {
            long id = s.plan().actions().get(0).id();
            List<String> seen = s.write("Held back", tx -> {
                Action a = PlanStore.action(tx, id);
                PlanStore.updateAction(tx, a, a.withStatus(ActionStatus.ON_HOLD, 40), "Held back");
                return List.of(PlanStore.action(tx, id).status().name(), statusOf(tx.connection(), id));
            });
            assertEquals(List.of("ON_HOLD", "ON_HOLD"), seen);
            assertEquals(ActionStatus.ON_HOLD, s.plan().action(id).orElseThrow().status());
            assertTrue(s.verifyAudit().intact(), s.verifyAudit().describe());
        }
    }

    @Test void anUpdateOfARowDeletedMeanwhileIsRefusedAndNothingIsWritten(SharedServer server) throws SQLException {
        String shared = server.publishedDemo(dir);
        String database = shared.substring(shared.lastIndexOf('/') + 1);
        try (PlanSession s = PlanSession.open(shared, false, "tester", TestPlans.CLOCK);
             Connection other = server.superuserConnection(database)) {
            long id = s.write("Committee added", tx -> PlanStore.insertCommittee(tx, new Committee(0, "Quality committee"), "Committee added"));
            long before = s.auditRows();
            // the rename is held back; meanwhile a client that ignores the head's lock deletes the row it renames
            org.waymark.app.PlanException refused = assertThrows(org.waymark.app.PlanException.class, () -> s.write("Renamed", tx -> {
                PlanStore.updateCommittee(tx, new Committee(id, "Quality committee"), new Committee(id, "Quality and safety committee"), "Renamed");
                try (Statement st = other.createStatement()) {
                    st.execute("DELETE FROM committee WHERE id = " + id);
                }
                return null;
            }));
            assertTrue(refused.getMessage().contains("no longer exists"), refused.getMessage());
            assertEquals(before, s.auditRows(), "no audit row for a change that did not happen");
            assertTrue(s.verifyAudit().intact(), s.verifyAudit().describe());
            s.write("Committee added", tx -> PlanStore.insertCommittee(tx, new Committee(0, "Finance committee"), "Committee added"));
            assertEquals(before + 1, s.auditRows(), "the next write works");
        }
    }

    @Test void aBulkWriteOfMoreUpdatesThanOneStatementBindsCommitsWhole(SharedServer server) {
        String shared = server.publishedDemo(dir);
        try (PlanSession s = PlanSession.open(shared, false, "tester", TestPlans.CLOCK)) {
            List<Action> actions = s.plan().actions();
            long before = s.auditRows();
            int rounds = 40_000 / actions.size() + 1;   // 2 values or more an update: more than the 65,535 one statement binds
            int updates = s.write("Bulk", tx -> {
                int n = 0;
                for (int r = 0; r < rounds; r++) {
                    for (Action a : actions) {
                        Action from = r == 0 ? a : a.withStatus(ActionStatus.ON_HOLD, (r - 1) % 101);
                        PlanStore.updateAction(tx, from, a.withStatus(ActionStatus.ON_HOLD, r % 101), "Bulk");
                        n++;
                    }
                }
                return n;
            });
            assertTrue(updates * 2 > 65_535, "enough updates: " + updates);
            assertTrue(s.plan().actions().stream().allMatch(a -> a.status() == ActionStatus.ON_HOLD && a.progress() == (rounds - 1) % 101));
            assertTrue(s.auditRows() > before + updates, "an audit row per changed field");
            assertTrue(s.verifyAudit().intact(), s.verifyAudit().describe());
        }
    }

    @Test void textTheStoreRefusesIsRefusedAtTheUpdateNotAtCommit(SharedServer server) {
        String shared = server.publishedDemo(dir);
        try (PlanSession s = PlanSession.open(shared, false, "tester", TestPlans.CLOCK)) {
            long id = s.write("Committee added", tx -> PlanStore.insertCommittee(tx, new Committee(0, "Quality committee"), "Committee added"));
            long before = s.auditRows();
            boolean[] ranOn = {false};
            org.waymark.app.PlanException refused = assertThrows(org.waymark.app.PlanException.class, () -> s.write("Renamed", tx -> {
                PlanStore.updateCommittee(tx, new Committee(id, "Quality committee"), new Committee(id, "Quality\u0007 committee"), "Renamed");
                ranOn[0] = true;
                return null;
            }));
            assertTrue(refused.getMessage().contains("control character"), refused.getMessage());
            assertFalse(ranOn[0], "the work stops at the refused update, as on a plan file");
            assertEquals(before, s.auditRows());
        }
    }

    private enum Op { READ, RAW_READ, SET_STATUS, RENAME_BLIND, NOTE, READ_COMMITTEE }

    private record Step(Op op, int action, int committee, ActionStatus status, int progress, String text) {}

    /** A transaction of 1–6 steps; about one in eight is then refused, so its held updates must vanish with it. */
    private record Script(List<Step> steps, boolean refused) {}

    @Test void randomTransactionsReadAndLeaveWhatTheyDoOnAPlanFile(SharedServer server) throws Exception {
        Path file = TestPlans.demoFile(dir);
        Path copy = Files.copy(file, dir.resolve("reference.waymark"));
        String shared = server.location(server.newDatabase());
        assertTrue(org.waymark.app.PlanPublish.publish(file, shared, "tester", TestPlans.CLOCK).verified());
        Random random = new Random(20261203L);
        List<Script> scripts = new ArrayList<>();
        try (PlanSession look = PlanSession.open(copy, true, "tester", TestPlans.CLOCK)) {
            int actions = look.plan().actions().size();
            for (int t = 0; t < 400; t++) {
                List<Step> steps = new ArrayList<>();
                for (int k = 1 + random.nextInt(6); k > 0; k--) {
                    Op op = Op.values()[random.nextInt(Op.values().length)];
                    steps.add(new Step(op, random.nextInt(actions), random.nextInt(3), ActionStatus.values()[random.nextInt(ActionStatus.values().length)],
                            random.nextInt(101), "text " + random.nextInt(1000)));
                }
                scripts.add(new Script(steps, random.nextInt(8) == 0));
            }
        }
        Outcome onFile, onServer;
        try (PlanSession s = PlanSession.open(copy, false, "tester", TestPlans.CLOCK)) { onFile = run(s, scripts); }
        try (PlanSession s = PlanSession.open(shared, false, "tester", TestPlans.CLOCK)) { onServer = run(s, scripts); }
        assertEquals(onFile.seen().size(), onServer.seen().size());
        for (int i = 0; i < onFile.seen().size(); i++) assertEquals(onFile.seen().get(i), onServer.seen().get(i), "read " + i);
        assertEquals(onFile.rows(), onServer.rows());
        assertEquals(onFile.auditAdded(), onServer.auditAdded());
        assertTrue(onServer.intact() && onFile.intact());
        assertTrue(onServer.seen().size() > 500, "enough reads compared: " + onServer.seen().size());
    }

    private record Outcome(List<String> seen, List<String> rows, long auditAdded, boolean intact) {}

    private static Outcome run(PlanSession s, List<Script> scripts) throws SQLException {
        List<Long> actionIds = s.plan().actions().stream().map(Action::id).toList();
        long auditBefore = s.auditRows();
        // three committees whose names only this test sets, so a blind rename knows what it replaces
        Map<Integer, Committee> committees = new HashMap<>();
        for (int c = 0; c < 3; c++) {
            String name = "Committee " + c;
            long id = s.write("Committee added", tx -> PlanStore.insertCommittee(tx, new Committee(0, name), "Committee added"));
            committees.put(c, new Committee(id, name));
        }
        List<String> seen = new ArrayList<>();
        for (Script script : scripts) {
            List<String> mine = new ArrayList<>();
            Map<Integer, Committee> renamed = new HashMap<>(committees);
            try {
                s.write("Random", tx -> {
                    for (Step step : script.steps()) apply(tx, step, actionIds.get(step.action()), renamed, mine, s);
                    if (script.refused()) throw new IllegalStateException("refused on purpose");
                    return null;
                });
                committees.putAll(renamed);
            } catch (IllegalStateException refused) {
                mine.add("refused");
            } catch (RuntimeException failed) {
                // a change the store refuses is refused on both, the file at its statement, the server by the next
                mine.add("failed: " + failed.getClass().getSimpleName());
            }
            seen.addAll(mine);
        }
        List<String> rows = s.read(c -> {
            try {
                List<String> out = new ArrayList<>(rowsOf(c, "SELECT id, status, progress FROM action ORDER BY id"));
                out.addAll(rowsOf(c, "SELECT id, name FROM committee ORDER BY id"));
                out.addAll(rowsOf(c, "SELECT action_id, text FROM progress_update ORDER BY id"));
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return new Outcome(seen, rows, s.auditRows() - auditBefore, s.verifyAudit().intact());
    }

    private static void apply(Tx tx, Step step, long id, Map<Integer, Committee> committees, List<String> seen, PlanSession s) throws SQLException {
        switch (step.op()) {
            case READ -> seen.add(PlanStore.action(tx, id).status() + " " + PlanStore.action(tx, id).progress());
            case RAW_READ -> seen.add(statusOf(tx.connection(), id));
            case SET_STATUS -> {
                Action a = PlanStore.action(tx, id);
                PlanStore.updateAction(tx, a, a.withStatus(step.status(), step.progress()), "Random");
            }
            case RENAME_BLIND -> {
                Committee before = committees.get(step.committee());
                Committee after = new Committee(before.id(), step.text());
                PlanStore.updateCommittee(tx, before, after, "Random");
                committees.put(step.committee(), after);
            }
            case NOTE -> PlanStore.insertUpdate(tx, new ProgressUpdate(0, id, s.today(), "tester", step.text(), null), "Random");
            case READ_COMMITTEE -> {
                try (PreparedStatement ps = tx.connection().prepareStatement("SELECT name FROM committee WHERE id = ?")) {
                    ps.setLong(1, committees.get(step.committee()).id());
                    try (ResultSet rs = ps.executeQuery()) { seen.add(rs.next() ? rs.getString(1) : "none"); }
                }
            }
        }
    }

    private static String statusOf(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM action WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) { return rs.next() ? rs.getString(1) : "none"; }
        }
    }

    private static List<String> rowsOf(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) row.append(rs.getString(i)).append('|');
                out.add(row.toString());
            }
        }
        return out;
    }
}
