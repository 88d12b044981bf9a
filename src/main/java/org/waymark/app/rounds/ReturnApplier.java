package org.waymark.app.rounds;

import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.DateRevision;
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.Plan;
import org.waymark.domain.ProgressUpdate;
import org.waymark.domain.RoundReturn;
import org.waymark.store.PlanStore;
import org.waymark.store.RoundStore;
import org.waymark.store.Tx;

import java.util.List;

/**
 * Applies reviewed returns in one transaction. A date change becomes a pending revision (approval is the
 * lead's, in the plan); Complete is applied as Complete, so Blue still waits for verified evidence and sign-off.
 */
final class ReturnApplier {

    private final PlanSession session;

    ReturnApplier(PlanSession session) { this.session = session; }

    int apply(List<ReviewedForm> reviewed) {
        if (session.readOnly()) throw new Refused("plan", "The plan is open read-only; open it for editing to apply the returns.");
        Plan plan = session.plan();
        List<ReviewedForm> forms = reviewed.stream().filter(f -> !f.refused() && f.formId() > 0).toList();
        for (ReviewedForm f : forms) {
            for (ProposedChange c : f.changes()) {
                if (!c.applies()) continue;
                Action a = plan.action(c.actionId()).orElseThrow(() -> new Refused("action", "Action " + c.ref() + " was removed after the review. Read the forms again."));
                if (!Stamps.action(plan, a).equals(c.stampNow())) {
                    throw new Refused("action", "Action " + c.ref() + " changed after the review, so nothing was applied. Read the forms again.");
                }
            }
        }
        if (forms.isEmpty()) throw new Refused("forms", "No returned form could be read back, so there is nothing to apply.");
        return session.write("Update round returns", tx -> {
            int applied = 0;
            for (ReviewedForm f : forms) {
                int accepted = 0, conflicts = 0, rejected = 0;
                for (ProposedChange c : f.changes()) {
                    if (c.outcome() == Outcome.REJECTED) rejected++;
                    if (!c.applies()) continue;
                    change(tx, c);
                    if (c.outcome() == Outcome.ACCEPTED) accepted++;
                    else conflicts++;
                }
                RoundStore.insertReturn(tx, new RoundReturn(0, f.formId(), session.today(), f.file(), accepted, conflicts, rejected, session.user()),
                        "Update from " + f.owner() + " (form of " + RoundDates.uk(f.formDate()) + ")");
                applied += accepted + conflicts;
            }
            return applied;
        });
    }

    private void change(Tx tx, ProposedChange c) {
        String why = c.why();
        ProposedChange.Proposal p = c.proposal();
        Action stored = PlanStore.action(tx, c.actionId());
        if (p.narrative() != null || p.progress() != null) {
            String text = p.narrative() != null ? p.narrative() : "Progress reported on the update form.";
            PlanStore.insertUpdate(tx, new ProgressUpdate(0, stored.id(), session.today(), c.owner(), text, p.progress()), why);
        }
        ActionStatus status = p.status() != null ? p.status()
                : stored.status() == ActionStatus.NOT_STARTED && p.progress() != null && p.progress() > 0 ? ActionStatus.IN_PROGRESS : stored.status();
        int progress = p.progress() != null ? p.progress() : stored.progress();
        if (status != stored.status() || progress != stored.progress()) {
            PlanStore.updateAction(tx, stored, stored.withStatus(status, progress), why);
        }
        if (p.newDue() != null) {
            java.time.LocalDate old = stored.currentDue() != null ? stored.currentDue() : stored.originalDue();
            if (old == null) throw new Refused("newDue", "Action " + stored.ref() + " has no due date to revise; set one in the plan first.");
            PlanStore.insertRevision(tx, new DateRevision(0, stored.id(), old, p.newDue(), p.dueReason(), p.interimControl(), null, null), why);
        }
        if (p.evidence() != null) {
            String kind = p.evidence().matches("(?i)^https?://\\S+$") ? "Link" : "Description";
            PlanStore.insertEvidence(tx, new EvidenceItem(0, stored.id(), kind, p.evidence(), "From the update form of " + RoundDates.uk(c.formDate())
                    + "; to be verified", session.today(), null, null, null), why);
        }
    }
}
