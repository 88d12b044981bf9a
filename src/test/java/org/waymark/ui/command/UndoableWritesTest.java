package org.waymark.ui.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.TestPlans;
import org.waymark.domain.BragKey;
import org.waymark.domain.MetricPoint;
import org.waymark.domain.Organisation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/** Metrics, snapshots and plan settings are commands: each write can be undone and redone, on a real plan file. */
class UndoableWritesTest {

    @TempDir Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void wire() { org.waymark.app.Ports.provide(org.waymark.app.ObservationReader.class, org.waymark.io.MetricCsv::new); }

    @Test
    void aCsvImportIsOneUndoStepThatPutsEveryMonthBack() throws Exception {
        try (PlanSession s = TestPlans.demo(dir)) {
            long metric = s.plan().metrics().get(0).id();
            Map<YearMonth, Double> was = observations(s, metric);
            YearMonth known = was.keySet().iterator().next();
            Path csv = Files.writeString(dir.resolve("obs.csv"), "period,value\n" + known + ",12345\n2031-01,1\n2031-02,2\n");
            MetricEdits.Observations c = MetricEdits.importCsv(s, metric, csv);
            c.execute();
            assertEquals(3, c.count(), "the command says what it wrote, without a reload");
            assertEquals(12345.0, observations(s, metric).get(known));
            c.undo();
            assertEquals(was, observations(s, metric), "the overwritten month is back and the new months are gone");
            c.redo();
            assertEquals(2.0, observations(s, metric).get(YearMonth.of(2031, 2)));
        }
    }

    @Test
    void aBadCsvWritesNothing() throws Exception {
        try (PlanSession s = TestPlans.demo(dir)) {
            long metric = s.plan().metrics().get(0).id();
            Map<YearMonth, Double> was = observations(s, metric);
            Path csv = Files.writeString(dir.resolve("bad.csv"), "period,value\n2031-01,1\n2031-02,lots\n");
            assertThrows(Refused.class, () -> MetricEdits.importCsv(s, metric, csv).execute());
            assertEquals(was, observations(s, metric));
        }
    }

    @Test
    void takingASnapshotCanBeUndone() {
        try (PlanSession s = TestPlans.demo(dir)) {
            int before = s.plan().snapshots().size();
            TakeSnapshot take = new TakeSnapshot(s, "Trust board", LocalDate.of(2026, 12, 3));
            take.execute();
            assertTrue(s.plan().snapshots().stream().anyMatch(x -> x.id() == take.snapshotId()));
            take.undo();
            assertEquals(before, s.plan().snapshots().size());
            assertEquals(List.of("created", "deleted"), s.history("snapshot", take.snapshotId()).stream().map(r -> r.field()).sorted().toList(),
                    "the taking and the undo are both in the audit trail");
        }
    }

    @Test
    void aGroupThatFailsHalfWayLeavesThePlanAsItWas() {
        try (PlanSession s = TestPlans.empty(dir)) {
            PlanEdits edits = new PlanEdits(s);
            Organisation org = s.plan().organisation();
            BragKey key = s.plan().bragKey();
            BragKey refused = new BragKey(key.meanings(), 400, key.driftRevisions(), key.driftSlipDays());
            Command group = Commands.group("plan settings", List.of(edits.editOrganisation(org, Organisation.named("Renamed Trust")),
                    edits.editBragKey(key, refused)));
            assertThrows(Refused.class, group::execute);
            assertEquals(org.name(), s.plan().organisation().name(), "the first part was rolled back");

            BragKey wider = new BragKey(key.meanings(), key.warningWindowDays() + 7, key.driftRevisions(), key.driftSlipDays());
            Command ok = Commands.group("plan settings", List.of(edits.editOrganisation(org, Organisation.named("Renamed Trust")),
                    edits.editBragKey(key, wider)));
            ok.execute();
            assertEquals("Renamed Trust", s.plan().organisation().name());
            ok.undo();
            assertEquals(org.name(), s.plan().organisation().name());
            assertEquals(key, s.plan().bragKey(), "one undo takes back both settings");
        }
    }

    /** Seeded: random recordings, undos and redos of observations agree with a plain map and its history. */
    @Test
    void observationsAgreeWithAPlainReferenceThroughUndoAndRedo() {
        try (PlanSession s = TestPlans.demo(dir)) {
            long metric = s.plan().metrics().get(0).id();
            Random random = new Random(42);
            Map<YearMonth, Double> reference = new TreeMap<>(observations(s, metric));
            Deque<Map<YearMonth, Double>> undoRef = new ArrayDeque<>(), redoRef = new ArrayDeque<>();
            Deque<Command> undo = new ArrayDeque<>(), redo = new ArrayDeque<>();
            for (int step = 0; step < 120; step++) {
                int pick = random.nextInt(5);
                if (pick == 3 && !undo.isEmpty()) {
                    undo.peek().undo();
                    redo.push(undo.pop());
                    redoRef.push(new TreeMap<>(reference));
                    reference = undoRef.pop();
                } else if (pick == 4 && !redo.isEmpty()) {
                    redo.peek().redo();
                    undo.push(redo.pop());
                    undoRef.push(new TreeMap<>(reference));
                    reference = redoRef.pop();
                } else {
                    List<MetricPoint> points = new ArrayList<>();
                    for (int i = random.nextInt(3) + 1; i > 0; i--) points.add(new MetricPoint(YearMonth.of(2030, random.nextInt(6) + 1), random.nextInt(100)));
                    Command c = new MetricEdits.Observations(new org.waymark.app.MetricService(s), metric, "record", () -> points, "Recorded");
                    c.execute();
                    undo.push(c);
                    redo.clear();
                    redoRef.clear();
                    undoRef.push(new TreeMap<>(reference));
                    for (MetricPoint p : points) reference.put(p.period(), p.value());
                }
                assertEquals(reference, new TreeMap<>(observations(s, metric)), "step " + step);
            }
        }
    }

    private static Map<YearMonth, Double> observations(PlanSession s, long metricId) {
        Map<YearMonth, Double> out = new LinkedHashMap<>();
        s.plan().metrics().stream().filter(m -> m.id() == metricId).findFirst().orElseThrow().observations().forEach(p -> out.put(p.period(), p.value()));
        return out;
    }
}
