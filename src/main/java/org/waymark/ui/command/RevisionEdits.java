package org.waymark.ui.command;

import org.waymark.app.RevisionRequests;
import org.waymark.domain.DateRevision;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static org.waymark.ui.command.SimpleEdit.keeping;

/**
 * The commands of a new due date in two steps: ask for it, then approve or reject it. Undo of an approval makes the
 * revision pending again and puts the date back; undo of a rejection asks again for the same date.
 */
final class RevisionEdits {

    private RevisionEdits() {}

    static Command request(RevisionRequests requests, long actionId, LocalDate newDue, String reason, String interimControl) {
        return keeping("ask for a new date", () -> requests.request(actionId, newDue, reason, interimControl),
                made -> requests.withdraw(made, "Undo: ask for a new date"));
    }

    static Command approve(RevisionRequests requests, DateRevision pending, String comment) {
        return keeping("approve the new date", () -> requests.approve(pending, comment),
                approved -> requests.unapprove(approved, "Undo: approve the new date"));
    }

    /** The rejected request is kept, so an undo asks for exactly it again and a redo rejects that one. */
    static Command reject(RevisionRequests requests, DateRevision pending, String comment) {
        AtomicReference<DateRevision> request = new AtomicReference<>(pending);
        return new SimpleEdit("reject the new date", () -> requests.reject(request.get(), comment),
                () -> request.set(requests.reinstate(request.get(), "Undo: reject the new date")),
                () -> requests.reject(request.get(), comment));
    }

    static Command approverMustDiffer(RevisionRequests requests, boolean before, boolean after) {
        return new SimpleEdit(after ? "require a second person to approve new dates" : "let whoever asked approve new dates",
                () -> requests.saveApproverMustDiffer(after), () -> requests.saveApproverMustDiffer(before), () -> requests.saveApproverMustDiffer(after));
    }
}
