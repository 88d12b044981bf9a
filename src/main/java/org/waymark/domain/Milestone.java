package org.waymark.domain;

import java.time.LocalDate;

/** An intermediate checkpoint of an action. */
public record Milestone(long id, long actionId, String title, LocalDate due, LocalDate completedOn) {
    public boolean done() { return completedOn != null; }
}
