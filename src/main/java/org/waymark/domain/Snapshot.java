package org.waymark.domain;

import java.time.Instant;
import java.util.List;

/** The whole plan's action states as presented to one board meeting. */
public record Snapshot(long id, long boardMeetingId, String label, Instant takenAt, List<SnapshotRow> rows) {
    public Snapshot {
        rows = List.copyOf(rows);
    }
}
