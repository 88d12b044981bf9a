package org.waymark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.BragKey;
import org.waymark.domain.BragOverride;
import org.waymark.domain.BragResult;
import org.waymark.domain.DateRevision;
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.Plan;
import org.waymark.domain.SignOff;
import org.waymark.store.PlanStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysts' {@code v_action_status} must give the same BRAG as the app for every action, under every branch
 * of the rules and every shape of the key. The view reads today as SQLite's local date, so the plan is built
 * around that same day (read from SQLite first) and the app is asked about that day: actions are spread over
 * dates before and after it, which is what "any day" means for a rule that only compares dates with today.
 */
class ActionStatusViewParityTest {

    @TempDir Path dir;

    @Test
    void theViewAgreesWithTheAppForEveryActionUnderEveryKey() throws Exception {
        LocalDate today = sqliteToday();
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        try (PlanSession session = PlanSession.create(dir.resolve("parity.waymark"), "Parity Trust", "tester", clock)) {
            writeSyntheticActions(session, today, 700);
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
                assertEquals(key, plan.bragKey());
                assertEquals(today, sqliteToday(), "the day changed while the test ran; run it again");
                Map<String, String> view = viewBrags(session.file());
                assertEquals(plan.actions().size(), view.size());
                for (Action a : plan.actions()) {
                    BragResult app = plan.brag(a, today);
                    branches.add(app.brag() + " " + app.reason().replaceAll("[0-9/+]+.*", ""));
                    assertEquals(app.brag().name(), view.get(a.ref()), a.ref() + " " + a + " — app says " + app.reason() + " under " + key);
                }
            }
            // Every branch of the rules was exercised, so agreement means something.
            for (String branch : List.of("RED Overridden: Board decision", "BLUE Complete, evidence verified and signed off", "AMBER Complete later than its original due date (",
                    "GREEN Complete, awaiting verified evidence and sign-off", "RED Overdue by ", "RED Off track: on hold",
                    "AMBER At risk: a date revision awaits approval (requested ", "AMBER At risk: due within ", "AMBER Revised \u2014 on track for the new date ",
                    "GREEN On track")) {
                assertTrue(branches.contains(branch), "no action took the branch '" + branch + "'; branches seen: " + branches);
            }
        }
    }

    @Test
    void theViewShowsApprovedRevisionsAndSlipOnlyAndFlagsAPendingOne() throws Exception {
        LocalDate today = sqliteToday();
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        try (PlanSession session = PlanSession.create(dir.resolve("slip.waymark"), "Slip Trust", "tester", clock)) {
            session.write("seed", tx -> {
                long id = PlanStore.insertAction(tx, new Action(0, "S1", "Slipping", "", null, null, null, null, null, null,
                        today.plusDays(10), today.plusDays(40), ActionStatus.IN_PROGRESS, 10, null, null), "seed");
                PlanStore.insertRevision(tx, new DateRevision(0, id, today.plusDays(10), today.plusDays(40), "Staff", "Checks", "Director", today), "seed");
                PlanStore.insertRevision(tx, new DateRevision(0, id, today.plusDays(40), today.plusDays(130), "More", "Checks", null, null), "seed");
                return null;
            });
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + session.file());
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT brag, revisions, slip_days, pending_revision FROM v_action_status WHERE ref = 'S1'")) {
                assertTrue(rs.next());
                assertEquals("AMBER", rs.getString(1));
                assertEquals(1, rs.getInt(2), "the pending revision is not counted");
                assertEquals(30, rs.getInt(3), "only the approved +30 days is slip, not the requested +90");
                assertEquals(1, rs.getInt(4));
            }
        }
    }

    /** Hundreds of actions with statuses, dates around today, evidence, sign-offs, overrides and revisions mixed. */
    static void writeSyntheticActions(PlanSession session, LocalDate today, int count) {
        Random random = new Random(20261202);
        int[] offsets = {-400, -41, -40, -2, -1, 0, 1, 2, 10, 29, 30, 31, 45, 200, 366};
        session.write("synthetic plan", tx -> {
            for (int i = 0; i < count; i++) {
                LocalDate original = random.nextInt(12) == 0 ? null : today.plusDays(offsets[random.nextInt(offsets.length)]);
                LocalDate current = original == null ? null : switch (random.nextInt(4)) {
                    case 0, 1 -> original;
                    case 2 -> original.plusDays(1 + random.nextInt(120));
                    default -> original.minusDays(1 + random.nextInt(20));
                };
                LocalDate start = original == null || random.nextInt(4) == 0 ? null : original.minusDays(random.nextInt(300));
                ActionStatus status = ActionStatus.values()[random.nextInt(ActionStatus.values().length)];
                int progress = status == ActionStatus.COMPLETE ? 100 : random.nextInt(101);
                BragOverride override = random.nextInt(15) == 0 ? new BragOverride(Brag.values()[random.nextInt(4)], "Board decision") : null;
                SignOff signOff = random.nextInt(3) == 0 ? new SignOff("Director of Nursing", null, today) : null;
                long id = PlanStore.insertAction(tx, new Action(0, "P" + i, "Synthetic " + i, "", null, null, null, null, null, start,
                        original, current, status, progress, override, signOff), "synthetic");
                if (random.nextInt(3) == 0) {
                    boolean verified = random.nextBoolean();
                    PlanStore.insertEvidence(tx, new EvidenceItem(0, id, "Document", "ref-" + i, "", today,
                            verified ? "Quality lead" : null, verified ? today : null, null), "synthetic");
                }
                if (original != null && !current.equals(original)) {
                    PlanStore.insertRevision(tx, new DateRevision(0, id, original, current, "Reason", "Control", "Director", today), "synthetic");
                }
                if (current != null && random.nextInt(8) == 0) {
                    PlanStore.insertRevision(tx, new DateRevision(0, id, current, current.plusDays(90), "Asked", "Control", null, null), "synthetic");
                }
            }
            return null;
        });
    }

    private static Map<String, String> viewBrags(Path file) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ref, brag FROM v_action_status")) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    private static LocalDate sqliteToday() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT date('now', 'localtime')")) {
            rs.next();
            return LocalDate.parse(rs.getString(1));
        }
    }
}
