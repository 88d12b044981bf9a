package org.waymark.domain.spc;

import java.time.LocalDate;

/**
 * One observation. {@code era} numbers the metric definition in force: limits never span a change of era.
 * {@code target} is the target then, or NaN.
 */
public record SpcInput(LocalDate date, double value, int era, double target) {

    public SpcInput {
        if (date == null) throw new IllegalArgumentException("Every point needs a date");
        if (!Double.isFinite(value)) throw new IllegalArgumentException("The value for " + date + " is not a number");
    }

    public static SpcInput of(LocalDate date, double value) {
        return new SpcInput(date, value, 0, Double.NaN);
    }
}
