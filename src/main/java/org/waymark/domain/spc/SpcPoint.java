package org.waymark.domain.spc;

import java.time.LocalDate;
import java.util.Set;

/** One analysed point. mean, lower and upper are NaN where none apply; rules lists the special-cause rules that fired. */
public record SpcPoint(LocalDate date, double value, double target, int segment, double mean, double lower, double upper,
                       Set<SpcRule> rules, PointType type) {

    public boolean hasLimits() { return !Double.isNaN(lower); }
}
