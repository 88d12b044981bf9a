package org.waymark.ui.command;

import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.domain.Action;
import org.waymark.domain.ProgressUpdate;

/** Posts a dated progress update; undo deletes it and puts back the progress and status it may have moved. */
final class PostUpdate implements Command {

    private final PlanSession session;
    private final ActionService actions;
    private final long actionId;
    private final String text;
    private final Integer progress;
    private Action before;
    private ProgressUpdate posted;

    PostUpdate(PlanSession session, long actionId, String text, Integer progress) {
        this.session = session;
        this.actions = new ActionService(session);
        this.actionId = actionId;
        this.text = text;
        this.progress = progress;
    }

    @Override public String description() { return "post update"; }

    @Override public void execute() {
        before = session.plan().action(actionId).orElseThrow();
        posted = actions.post(actionId, text, progress);
    }

    @Override public void undo() {
        actions.deleteUpdate(posted, "Undo: post update");
        if (!session.plan().action(actionId).orElseThrow().equals(before)) actions.restore(before, "Undo: post update");
    }
}
