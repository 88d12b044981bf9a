package org.waymark.app;

import org.waymark.domain.BoardMeeting;
import org.waymark.domain.Movement;
import org.waymark.domain.Plan;
import org.waymark.domain.Snapshot;
import org.waymark.store.PlanStore;

import java.time.Instant;
import java.time.LocalDate;

/** Board meetings and the snapshots taken for them, and what moved since. */
public final class BoardService {

    private final PlanSession session;

    public BoardService(PlanSession session) { this.session = session; }

    /** Freezes every action's state for a meeting, creating the meeting if it is new. */
    public long takeSnapshot(String meetingName, LocalDate meetingDate) {
        if (meetingName == null || meetingName.isBlank()) throw new Refused("meeting", "Name the meeting the snapshot is for.");
        if (meetingDate == null) throw new Refused("date", "Give the meeting's date.");
        Plan plan = session.plan();
        var rows = plan.currentRows(session.today());
        return session.write("Board snapshot", tx -> {
            long meetingId = plan.boardMeetings().stream()
                    .filter(m -> m.name().equals(meetingName.strip()) && m.meetingDate().equals(meetingDate))
                    .map(BoardMeeting::id).findFirst()
                    .orElseGet(() -> PlanStore.insertBoardMeeting(tx, new BoardMeeting(0, meetingName.strip(), meetingDate), "Board snapshot"));
            return PlanStore.insertSnapshot(tx, meetingId, meetingName.strip() + " " + meetingDate, Instant.now(session.clock()), rows, "Board snapshot");
        });
    }

    /** Takes a snapshot out again (the undo of taking it); the meeting it created stays, with nothing in it. */
    public void removeSnapshot(long snapshotId) {
        session.write("Board snapshot undone", tx -> { PlanStore.deleteSnapshot(tx, snapshotId, "Board snapshot undone"); return null; });
    }

    public Movement movementSince(Snapshot snapshot) {
        return Movement.between(snapshot.rows(), session.plan().currentRows(session.today()));
    }

    public static Movement compare(Snapshot before, Snapshot after) {
        return Movement.between(before.rows(), after.rows());
    }
}
