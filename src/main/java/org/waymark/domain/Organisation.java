package org.waymark.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The trust whose programme the plan file holds, and the regime it is in. */
public record Organisation(String name, String odsCode, Regime regime, LocalDate regimeEntered,
                           String improvementDirector, String buddyTrust) {

    public Organisation {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("An organisation needs a name");
        if (regime == null) regime = Regime.NONE;
    }

    public static Organisation named(String name) {
        return new Organisation(name, "", Regime.NONE, null, "", "");
    }

    /** Whole months since entering the regime, or 0 when not in one. */
    public long monthsInRegime(LocalDate today) {
        if (regimeEntered == null || regime == Regime.NONE || today.isBefore(regimeEntered)) return 0;
        return ChronoUnit.MONTHS.between(regimeEntered, today);
    }
}
