package org.waymark.app.spc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.TestPlans;
import org.waymark.domain.CriterionKind;
import org.waymark.domain.CriterionState;
import org.waymark.domain.ExitCriterion;
import org.waymark.domain.Metric;
import org.waymark.domain.spc.MetricSpc;
import org.waymark.domain.spc.SpcMatrix;
import org.waymark.domain.spc.AssuranceIcon;
import org.waymark.store.PlanStore;

import java.nio.file.Path;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.*;

/** Recalculating limits on a real plan file: stored, audited, reloaded; and the "metric sustained" criterion. */
class SpcServiceTest {

    @TempDir Path dir;

    static Metric named(PlanSession s, String name) {
        return s.plan().metrics().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test void recalculationIsStoredAuditedAndStartsNewLimits() throws Exception {
        Path file;
        long id;
        YearMonth from;
        try (PlanSession s = TestPlans.demo(dir)) {
            Metric appraisal = named(s, "Staff appraisal completion");
            id = appraisal.id();
            assertEquals(1, MetricSpc.of(appraisal).result().segments().size());
            from = appraisal.observations().get(12).period();
            SpcService service = new SpcService(s);
            assertThrows(Refused.class, () -> service.recalculate(id, from, "  "), "a reason is required");
            assertThrows(Refused.class, () -> service.recalculate(id, appraisal.observations().get(0).period(), "Too early"));
            service.recalculate(id, from, "Appraisal window moved and managers trained");
            Refused twice = assertThrows(Refused.class, () -> service.recalculate(id, from, "Again"));
            assertTrue(twice.getMessage().contains("already recalculated"));
            assertTrue(s.history("metric", id).stream().anyMatch(h -> h.why().contains("Appraisal window moved")));
            file = s.file();
        }
        try (PlanSession s = PlanSession.open(file, true, "reader", TestPlans.CLOCK)) {
            Metric m = named(s, "Staff appraisal completion");
            assertEquals(1, m.recalculations().size());
            MetricSpc spc = MetricSpc.of(m);
            assertEquals(2, spc.result().segments().size());
            assertEquals("Recalculated: Appraisal window moved and managers trained", spc.result().segments().get(1).start());
            assertEquals(from.atDay(1), spc.result().points().get(spc.result().segments().get(1).from()).date());
        }
    }

    @Test void removingARecalculationIsAuditedToo() throws Exception {
        try (PlanSession s = TestPlans.demo(dir)) {
            Metric training = named(s, "Statutory and mandatory training");
            YearMonth from = java.time.YearMonth.from(training.recalculations().get(0).from());
            SpcService service = new SpcService(s);
            service.removeRecalculation(training.id(), from, "Entered against the wrong metric");
            assertTrue(named(s, "Statutory and mandatory training").recalculations().isEmpty());
            assertTrue(s.history("metric", training.id()).stream().anyMatch(h -> h.why().contains("wrong metric")));
            assertThrows(Refused.class, () -> service.removeRecalculation(training.id(), from, "again"));
        }
    }

    @Test void metricSustainedStatesItsRuleAndWhy() throws Exception {
        try (PlanSession s = TestPlans.demo(dir)) {
            CriterionState appraisal = s.readiness().criteria().stream()
                    .filter(c -> c.criterion().kind() == CriterionKind.METRIC_SUSTAINED).findFirst().orElseThrow();
            assertFalse(appraisal.met(), "improving, but at target only 2 of the last 3 months");
            assertTrue(appraisal.why().contains("special-cause improvement; at target 2 of the last 3 months needed"), appraisal.why());
            assertTrue(appraisal.why().contains("Rule: assurance consistently passing or special-cause improvement"), appraisal.why());

            Metric cat2 = named(s, "Category 2: mean response");
            s.write("test", tx -> PlanStore.insertExitCriterion(tx, new ExitCriterion(0, "Cat 2 sustained", CriterionKind.METRIC_SUSTAINED,
                    cat2.id(), 1, null, "", null, null), "test"));
            CriterionState c2 = s.readiness().criteria().stream().filter(c -> c.criterion().title().equals("Cat 2 sustained")).findFirst().orElseThrow();
            assertFalse(c2.met(), "improving but 20.2 is not at the 18-minute target");
            assertTrue(c2.why().contains("at target 0 of the last 1 months"), c2.why());

            Metric training = named(s, "Statutory and mandatory training");
            s.write("test", tx -> PlanStore.insertExitCriterion(tx, new ExitCriterion(0, "Training sustained", CriterionKind.METRIC_SUSTAINED,
                    training.id(), 3, null, "", null, null), "test"));
            CriterionState t = s.readiness().criteria().stream().filter(c -> c.criterion().title().equals("Training sustained")).findFirst().orElseThrow();
            assertFalse(t.met(), "at target, but common cause and hit and miss: not yet sustained");
            assertTrue(t.why().contains("no special-cause improvement and assurance hit and miss"), t.why());
        }
    }

    @Test void matrixGroupsTheDemoMeasures() throws Exception {
        try (PlanSession s = TestPlans.demo(dir)) {
            SpcMatrix m = new SpcMatrix(new SpcService(s).all());
            assertEquals(java.util.List.of("Life-threatening calls: response standard", "Category 2: mean response", "Staff appraisal completion"),
                    m.cell(SpcMatrix.Row.IMPROVEMENT, AssuranceIcon.FAIL));
            assertEquals(java.util.List.of("Statutory and mandatory training"), m.cell(SpcMatrix.Row.COMMON_CAUSE, AssuranceIcon.HIT_AND_MISS));
            assertEquals(java.util.List.of(SpcMatrix.Row.IMPROVEMENT, SpcMatrix.Row.COMMON_CAUSE), m.rows());
        }
    }
}
