package org.waymark.domain;

import java.time.LocalDate;

/** A returned form whose changes were applied: how many rows were accepted, taken from conflicts, or rejected. */
public record RoundReturn(long id, long formId, LocalDate readOn, String fileName, int accepted, int conflicts, int rejected, String appliedBy) {
}
