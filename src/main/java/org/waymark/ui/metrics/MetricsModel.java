package org.waymark.ui.metrics;

import org.waymark.domain.CriterionState;
import org.waymark.domain.Plan;
import org.waymark.domain.Readiness;

import java.time.LocalDate;
import java.util.List;

/** The metrics and the exit criteria as judged today, read together off the FX thread. */
record MetricsModel(Plan plan, List<CriterionState> criteria) {

    static MetricsModel of(Plan plan, LocalDate today) {
        return new MetricsModel(plan, Readiness.of(plan, today).criteria());
    }
}
