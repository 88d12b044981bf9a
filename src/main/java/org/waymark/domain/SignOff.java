package org.waymark.domain;

import java.time.LocalDate;

/** Assurance that a completed action is done: who signed it off, through which committee, and when. */
public record SignOff(String signedOffBy, Long committeeId, LocalDate signedOn) {
    public SignOff {
        if (signedOffBy == null || signedOffBy.isBlank()) throw new IllegalArgumentException("A sign-off needs the name or role of who signed it off");
        if (signedOn == null) throw new IllegalArgumentException("A sign-off needs a date");
    }
}
