package org.waymark.ui.command;

import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.domain.DateRevision;

import java.time.LocalDate;

/** Moves the due date with its reason, interim control and approver; undo withdraws the revision. */
final class ReviseDueDate implements Command {

    private final PlanSession session;
    private final ActionService actions;
    private final long actionId;
    private final LocalDate newDue;
    private final String reason;
    private final String interimControl;
    private final String approvedBy;
    private DateRevision made;

    ReviseDueDate(PlanSession session, long actionId, LocalDate newDue, String reason, String interimControl, String approvedBy) {
        this.session = session;
        this.actions = new ActionService(session);
        this.actionId = actionId;
        this.newDue = newDue;
        this.reason = reason;
        this.interimControl = interimControl;
        this.approvedBy = approvedBy;
    }

    @Override public String description() { return "revise due date"; }

    @Override public void execute() {
        long id = actions.reviseDueDate(actionId, newDue, reason, interimControl, approvedBy, null);
        made = session.plan().revisionsOf(actionId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Override public void undo() { actions.withdrawRevision(made, "Undo: revise due date"); }
}
