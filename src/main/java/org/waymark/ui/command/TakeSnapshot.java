package org.waymark.ui.command;

import org.waymark.app.BoardService;
import org.waymark.app.PlanSession;

import java.time.LocalDate;

/** Freezing the plan for a board meeting; undo takes the snapshot out again, redo takes it afresh. */
public final class TakeSnapshot implements Command {

    private final BoardService service;
    private final String meeting;
    private final LocalDate date;
    private volatile long snapshotId;

    public TakeSnapshot(PlanSession session, String meeting, LocalDate date) {
        this.service = new BoardService(session);
        this.meeting = meeting;
        this.date = date;
    }

    @Override public String description() { return "take a board snapshot"; }
    @Override public void execute() { snapshotId = service.takeSnapshot(meeting, date); }
    @Override public void undo() { service.removeSnapshot(snapshotId); }

    /** The snapshot this command created (the latest one, after a redo). */
    public long snapshotId() { return snapshotId; }
}
