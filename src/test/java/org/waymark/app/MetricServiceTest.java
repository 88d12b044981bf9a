package org.waymark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.CriterionKind;
import org.waymark.domain.ExitCriterion;
import org.waymark.domain.Metric;
import org.waymark.domain.MetricPoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Observations by hand and from CSV, and linking a metric to an exit criterion, on a real demo plan file. */
class MetricServiceTest {

    @TempDir Path dir;

    @Test
    void importsACsvWithHeaderAndMixedMonthSpellings() throws Exception {
        try (PlanSession s = TestPlans.demo(dir)) {
            Metric m = s.plan().metrics().get(1);
            Path csv = Files.writeString(dir.resolve("cat2.csv"), "period,value\n2030-01,19.5\n02/2030,18.2\nMar 2030,\"17.9\"\n");
            assertEquals(3, new MetricService(s).importCsv(m.id(), csv));
            Metric after = s.plan().metrics().get(1);
            assertEquals(m.observations().size() + 3, after.observations().size());
            assertEquals(new MetricPoint(YearMonth.of(2030, 3), 17.9), after.latest().orElseThrow());
            assertTrue(s.history("metric", m.id()).stream().anyMatch(h -> h.why().contains("cat2.csv")));
        }
    }

    @Test
    void aBadRowRefusesTheWholeFileAndWritesNothing() throws Exception {
        try (PlanSession s = TestPlans.demo(dir)) {
            Metric m = s.plan().metrics().get(1);
            long audit = s.auditRows();
            Path csv = Files.writeString(dir.resolve("bad.csv"), "2030-01,19.5\n2030-02,fast\n");
            Refused r = assertThrows(Refused.class, () -> new MetricService(s).importCsv(m.id(), csv));
            assertEquals("Line 2: \"fast\" is not a number.", r.getMessage());
            assertEquals(m.observations(), s.plan().metrics().get(1).observations());
            assertEquals(audit, s.auditRows());
            Path dup = Files.writeString(dir.resolve("dup.csv"), "2030-01,19.5\n01/2030,18\n");
            assertTrue(assertThrows(Refused.class, () -> new MetricService(s).importCsv(m.id(), dup)).getMessage().contains("appears twice"));
            Path month = Files.writeString(dir.resolve("month.csv"), "2030-01,19.5\n2030-13,18\n");
            assertTrue(assertThrows(Refused.class, () -> new MetricService(s).importCsv(m.id(), month)).getMessage().startsWith("Line 2: \"2030-13\" is not a month"));
        }
    }

    @Test
    void linkingAMetricMakesTheCriterionJudgedOnIt() {
        try (PlanSession s = TestPlans.demo(dir)) {
            ExitCriterion appraisal = s.plan().exitCriteria().stream().filter(c -> c.title().startsWith("Appraisal")).findFirst().orElseThrow();
            Metric training = s.plan().metrics().stream().filter(m -> m.name().startsWith("Statutory")).findFirst().orElseThrow();
            new MetricService(s).linkToCriterion(appraisal.id(), training.id(), 2);
            var state = s.readiness().criteria().stream().filter(c -> c.criterion().id() == appraisal.id()).findFirst().orElseThrow();
            assertEquals(training.id(), state.criterion().metricId());
            assertTrue(state.why().startsWith("Statutory and mandatory training at target"), state.why());
            ExitCriterion manual = s.plan().exitCriteria().stream().filter(c -> c.kind() == CriterionKind.MANUAL).findFirst().orElseThrow();
            assertThrows(Refused.class, () -> new MetricService(s).linkToCriterion(manual.id(), training.id(), 2));
            assertThrows(Refused.class, () -> new MetricService(s).linkToCriterion(appraisal.id(), training.id(), 0));
            assertEquals(List.of(2), s.plan().exitCriteria().stream().filter(c -> c.id() == appraisal.id()).map(ExitCriterion::months).toList());
        }
    }
}
