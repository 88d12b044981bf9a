package org.waymark.domain;

import java.time.YearMonth;

/**
 * What a metric measured from a given month on, and its target then. Definitions change (Category A 8 minutes
 * gave way to ARP in November 2017), so a metric keeps every version.
 */
public record MetricDefinition(long id, long metricId, YearMonth effectiveFrom, String label, String unit,
                               Direction direction, double target, String description) {
}
