package org.waymark.ui.command;

import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.domain.EvidenceItem;

/** Adding and verifying evidence. A redone add usually gets its old id back (SQLite reuses the highest rowid). */
final class EvidenceEdits {

    private EvidenceEdits() {}

    static EvidenceItem find(PlanSession session, long actionId, long id, String reference) {
        var list = session.plan().evidenceOf(actionId);
        return list.stream().filter(e -> e.id() == id).findFirst()
                .or(() -> list.stream().filter(e -> e.reference().equals(reference)).reduce((a, b) -> b))
                .orElseThrow(() -> new IllegalStateException("That evidence item no longer exists. Reload the plan."));
    }

    static final class Add implements Command {
        private final PlanSession session;
        private final ActionService actions;
        private final long actionId;
        private final String kind;
        private final String reference;
        private final String detail;
        private EvidenceItem added;

        Add(PlanSession session, long actionId, String kind, String reference, String detail) {
            this.session = session;
            this.actions = new ActionService(session);
            this.actionId = actionId;
            this.kind = kind;
            this.reference = reference;
            this.detail = detail;
        }

        @Override public String description() { return "add evidence"; }

        @Override public void execute() {
            long id = actions.addEvidence(actionId, kind, reference, detail);
            added = find(session, actionId, id, reference);
        }

        @Override public void undo() { actions.removeEvidence(added, "Undo: add evidence"); }
    }

    static final class Verify implements Command {
        private final PlanSession session;
        private final ActionService actions;
        private final EvidenceItem item;
        private final String verifiedBy;
        private EvidenceItem before;
        private EvidenceItem after;

        Verify(PlanSession session, EvidenceItem item, String verifiedBy) {
            this.session = session;
            this.actions = new ActionService(session);
            this.item = item;
            this.verifiedBy = verifiedBy;
        }

        @Override public String description() { return "verify evidence"; }

        @Override public void execute() {
            before = find(session, item.actionId(), item.id(), item.reference());
            actions.verifyEvidence(before, verifiedBy, null);
            after = find(session, item.actionId(), before.id(), before.reference());
        }

        @Override public void undo() {
            actions.saveEvidence(find(session, after.actionId(), after.id(), after.reference()), before, "Undo: verify evidence");
        }

        @Override public void redo() {
            EvidenceItem now = find(session, before.actionId(), before.id(), before.reference());
            actions.saveEvidence(now, new EvidenceItem(now.id(), now.actionId(), now.kind(), now.reference(), now.description(), now.added(),
                    after.verifiedBy(), after.verifiedOn(), after.reviewDate()), "Redo: verify evidence");
        }
    }
}
