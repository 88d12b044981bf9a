package org.waymark.ui.command;

import org.waymark.app.BoardPackService;
import org.waymark.domain.BoardPackCover;

/** Saving a meeting's cover sheet; undo puts back the sheet the dialog opened with. */
public final class SaveCover implements Command {

    private final BoardPackService service;
    private final long meetingId;
    private final BoardPackCover before;
    private final BoardPackCover after;

    public SaveCover(BoardPackService service, long meetingId, BoardPackCover before, BoardPackCover after) {
        this.service = service;
        this.meetingId = meetingId;
        this.before = before;
        this.after = after;
    }

    @Override public String description() { return "cover sheet"; }
    @Override public void execute() { service.saveCover(meetingId, after); }
    @Override public void undo() { service.saveCover(meetingId, before); }
}
