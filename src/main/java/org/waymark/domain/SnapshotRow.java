package org.waymark.domain;

import java.time.LocalDate;

/** An action's state frozen at a board meeting. */
public record SnapshotRow(long actionId, String ref, String title, ActionStatus status, Brag brag,
                          LocalDate currentDue, int progress, int revisions) {
}
