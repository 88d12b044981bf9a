package org.waymark.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.IntegrityChecks;
import org.waymark.app.Refused;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.store.ChainAnchor;
import org.waymark.store.Rewind;
import org.waymark.store.TableDump;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Rewinding a plan to a row of its audit log gives exactly the plan as it stood then. The reference is real: a copy
 * of the file taken after each of many seeded random edits made through the app.
 */
class RewindTest {

    @TempDir Path dir;

    @Test
    void rewindingToAnyEarlierRowGivesExactlyTheCopyTakenThen() throws Exception {
        Random random = new Random(20261202L);
        List<Path> copies = new ArrayList<>();
        List<Long> heads = new ArrayList<>();
        Path plan;
        try (PlanSession s = TestPlans.demo(dir)) {
            plan = s.file();
            ActionService actions = new ActionService(s);
            for (int i = 0; i < 40; i++) {
                edit(s, actions, random);
                if (i % 3 == 0) {
                    Path copy = dir.resolve("copy-" + i + ".waymark");
                    s.saveCopy(copy);
                    copies.add(copy);
                    heads.add(s.read(ChainAnchor::head).orElseThrow().row());
                }
            }
            assertTrue(heads.get(heads.size() - 1) > heads.get(0), "the edits wrote audit rows");
            for (int i = 0; i < copies.size(); i++) {
                Path rewound = dir.resolve("rewound-" + i + ".waymark");
                long row = heads.get(i);
                List<String> problems = s.read(c -> Rewind.copy(c, rewound, row));
                assertEquals(List.of(), problems);
                assertEquals(tables(copies.get(i)), tables(rewound), "rewound to row " + row);
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + rewound)) {
                    assertTrue(IntegrityChecks.data(c).proven(), IntegrityChecks.data(c).summary());
                }
            }
        }
        assertNotEquals(tables(copies.get(0)), tables(plan), "the reference would catch a rewind that did nothing");
    }

    private static void edit(PlanSession s, ActionService actions, Random random) {
        List<Action> all = s.plan().actions();
        Action a = all.get(random.nextInt(all.size()));
        try {
            switch (random.nextInt(6)) {
                case 0 -> actions.postUpdate(a.id(), "Update " + random.nextInt(1000), random.nextInt(101));
                case 1 -> actions.changeStatus(a.id(), ActionStatus.values()[random.nextInt(ActionStatus.values().length)], "Status");
                case 2 -> actions.reviseDueDate(a.id(), s.today().plusDays(1 + random.nextInt(300)), "Delay", "Weekly review", "Director of Nursing", null);
                case 3 -> actions.addEvidence(a.id(), "Audit", "DOC-" + random.nextInt(1000), "Evidence");
                case 4 -> actions.overrideBrag(a.id(), Brag.values()[random.nextInt(Brag.values().length)], "Judgement");
                default -> actions.addMilestone(a.id(), "Milestone " + random.nextInt(100), s.today().plusDays(random.nextInt(200)));
            }
        } catch (Refused refusedByTheApp) {
            // a refused edit writes nothing; the next one will
        }
    }

    /** Every table as a sorted list of rows; rows rebuilt from the log may sit at other rowids, so order is not compared. */
    private static Map<String, List<String>> tables(Path file) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (Map.Entry<String, List<Map<String, Object>>> t : TableDump.read(c).entrySet()) {
                List<String> rows = new ArrayList<>();
                for (Map<String, Object> r : t.getValue()) {
                    // a recalculation's own id is not logged (the log names it by metric and month)
                    if (t.getKey().equals("metric_recalculation")) r.remove("id");
                    rows.add(r.toString());
                }
                rows.sort(null);
                out.put(t.getKey(), rows);
            }
        }
        return out;
    }
}
