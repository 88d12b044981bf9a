package org.waymark.ui.command;

import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.domain.Action;

/**
 * An edit that changes only the action's own row (status, details, sign-off, BRAG override). Undo and redo put
 * the whole row back as it was, through the audited {@link ActionService#restore}.
 */
final class ActionRowEdit implements Command {

    private final PlanSession session;
    private final ActionService actions;
    private final long actionId;
    private final String description;
    private final Runnable change;
    private Action before;
    private Action after;

    ActionRowEdit(PlanSession session, long actionId, String description, Runnable change) {
        this.session = session;
        this.actions = new ActionService(session);
        this.actionId = actionId;
        this.description = description;
        this.change = change;
    }

    @Override public String description() { return description; }

    @Override public void execute() {
        before = current();
        change.run();
        after = current();
    }

    // Each way checks the action is still as this edit left it: on a shared plan someone may have changed it since.
    @Override public void undo() { actions.restore(before, after, "Undo: " + description); }

    @Override public void redo() { actions.restore(after, before, "Redo: " + description); }

    private Action current() {
        return session.plan().action(actionId).orElseThrow(() -> new IllegalStateException("Action " + actionId + " no longer exists. Reload the plan."));
    }
}
