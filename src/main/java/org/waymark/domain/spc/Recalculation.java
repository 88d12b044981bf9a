package org.waymark.domain.spc;

import java.time.LocalDate;

/** Limits recalculated from a date, for a real step change; the reason is shown on the chart and audited. */
public record Recalculation(LocalDate from, String reason) {

    public Recalculation {
        if (from == null) throw new IllegalArgumentException("A recalculation needs the date it starts from");
        reason = reason == null ? "" : reason.strip();
    }
}
