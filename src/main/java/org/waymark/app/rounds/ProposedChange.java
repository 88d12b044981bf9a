package org.waymark.app.rounds;

import org.waymark.domain.ActionStatus;

import java.time.LocalDate;

/**
 * One returned row as a change the lead may apply. A conflict shows the action as issued and as it is now; it
 * is applied only when the lead takes the form's version ({@code take}). A rejected row is never applied.
 * {@code formId} is 0 when the form itself was not recognised.
 */
public record ProposedChange(String file, long formId, String owner, LocalDate formDate, int row, String ref, Long actionId,
                             Outcome outcome, String reason, Proposal proposal, String asIssued, String now, String stampNow, boolean take) {

    /** What the owner asked for; null fields are unchanged. */
    public record Proposal(ActionStatus status, Integer progress, String narrative, LocalDate newDue, String dueReason,
                           String interimControl, String evidence) {

        public String describe() {
            StringBuilder b = new StringBuilder();
            if (status != null) b.append("Status ").append(status.label()).append("; ");
            if (progress != null) b.append(progress).append(" % complete; ");
            if (newDue != null) b.append("new due date proposed ").append(RoundDates.uk(newDue)).append(" (pending approval); ");
            if (evidence != null) b.append("evidence: ").append(evidence).append("; ");
            if (narrative != null) b.append("\"").append(narrative).append("\"");
            return b.toString().replaceAll(";\\s*$", "");
        }
    }

    /** Whether applying would change the plan: accepted rows, and conflicts the lead resolved in the form's favour. */
    public boolean applies() { return outcome == Outcome.ACCEPTED || outcome == Outcome.CONFLICT && take; }

    public ProposedChange taking(boolean formVersion) {
        return new ProposedChange(file, formId, owner, formDate, row, ref, actionId, outcome, reason, proposal, asIssued, now, stampNow, formVersion);
    }

    /** The audit reason every change from this form carries. */
    public String why() { return "Update from " + owner + " (form of " + RoundDates.uk(formDate) + ")"; }
}
