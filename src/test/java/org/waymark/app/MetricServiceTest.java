package org.waymark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.CriterionKind;
import org.waymark.domain.ExitCriterion;
import org.waymark.domain.Metric;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Observations by hand, and linking a metric to an exit criterion, on a real demo plan file. */
class MetricServiceTest {

    @TempDir Path dir;

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
