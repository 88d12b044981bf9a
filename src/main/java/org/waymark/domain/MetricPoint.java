package org.waymark.domain;

import java.time.YearMonth;

/** One month's value: an observation, or a point on the planned trajectory. */
public record MetricPoint(YearMonth period, double value) {
}
