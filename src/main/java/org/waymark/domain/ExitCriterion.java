package org.waymark.domain;

import java.time.LocalDate;

/** One condition for leaving the regime, agreed with the regulator. */
public record ExitCriterion(long id, String title, CriterionKind kind, Long metricId, int months, Boolean manualMet,
                            String evidence, String assessedBy, LocalDate assessedOn) {
}
