package org.waymark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.Action;
import org.waymark.domain.BragKey;
import org.waymark.domain.BragResult;
import org.waymark.domain.Plan;
import org.waymark.shared.SharedServer;
import org.waymark.store.PlanStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared plan's {@code v_action_status} (PostgreSQL) gives the app's BRAG for every action under every key,
 * as the plan file's view does ({@link ActionStatusViewParityTest}, whose synthetic plan this uses). Today is the
 * server's current date, so the plan is built around that day.
 */
@ExtendWith(SharedServer.Extension.class)
class SharedActionStatusViewParityTest {

    @TempDir Path dir;

    @Test void theSharedPlansViewAgreesWithTheAppForEveryActionUnderEveryKey(SharedServer server) throws Exception {
        String db = server.newDatabase();
        LocalDate today = serverToday(server, db);
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        Path file = dir.resolve("parity.waymark");
        try (PlanSession local = PlanSession.create(file, "Parity Trust", "tester", clock)) {
            ActionStatusViewParityTest.writeSyntheticActions(local, today, 700);
        }
        String shared = server.location(db);
        assertTrue(PlanPublish.publish(file, shared, "tester", clock).verified());
        try (PlanSession session = PlanSession.open(shared, false, "tester", clock)) {
            BragKey standard = BragKey.standard();
            List<BragKey> keys = List.of(standard, standard.withRevisedMayBeGreen(true),
                    new BragKey(standard.meanings(), 0, 2, 90), new BragKey(standard.meanings(), 365, 1, 0, true));
            Set<String> branches = new TreeSet<>();
            BragKey before = standard;
            for (BragKey key : keys) {
                BragKey was = before;
                session.write("key", tx -> { PlanStore.saveBragKey(tx, was, key, "parity test"); return null; });
                before = key;
                Plan plan = session.plan();
                assertEquals(today, serverToday(server, db), "the day changed while the test ran; run it again");
                Map<String, String> view = viewBrags(server, db);
                assertEquals(plan.actions().size(), view.size());
                for (Action a : plan.actions()) {
                    BragResult app = plan.brag(a, today);
                    branches.add(app.brag().name());
                    assertEquals(app.brag().name(), view.get(a.ref()), a.ref() + " " + a + " — app says " + app.reason() + " under " + key);
                }
            }
            assertEquals(Set.of("AMBER", "BLUE", "GREEN", "RED"), branches);
        }
    }

    private static Map<String, String> viewBrags(SharedServer server, String db) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Connection c = server.superuserConnection(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ref, brag FROM v_action_status")) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    private static LocalDate serverToday(SharedServer server, String db) throws Exception {
        try (Connection c = server.superuserConnection(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_char(current_date, 'YYYY-MM-DD')")) {
            rs.next();
            return LocalDate.parse(rs.getString(1));
        }
    }
}
