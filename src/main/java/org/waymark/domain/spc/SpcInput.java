package org.waymark.domain.spc;

import java.time.LocalDate;

/**
 * One observation. {@code era} numbers the metric definition in force: limits never span a change of era.
 * {@code target} is the target then, or NaN. {@code improvement} is the era's own direction (a new definition can
 * turn a percentage into minutes), or null to use the options'.
 */
public record SpcInput(LocalDate date, double value, int era, double target, Improvement improvement) {

    public SpcInput(LocalDate date, double value, int era, double target) {
        this(date, value, era, target, null);
    }

    public SpcInput {
        if (date == null) throw new IllegalArgumentException("Every point needs a date");
        if (!Double.isFinite(value)) throw new IllegalArgumentException("The value for " + date + " is not a number");
    }

    public static SpcInput of(LocalDate date, double value) {
        return new SpcInput(date, value, 0, Double.NaN);
    }
}
