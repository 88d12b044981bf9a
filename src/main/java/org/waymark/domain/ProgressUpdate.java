package org.waymark.domain;

import java.time.LocalDate;

/** A dated narrative posted by an action's owner. */
public record ProgressUpdate(long id, long actionId, LocalDate postedOn, String author, String text, Integer progress) {
}
