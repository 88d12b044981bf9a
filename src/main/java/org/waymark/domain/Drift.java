package org.waymark.domain;

import java.util.Collection;
import java.util.List;

/**
 * Repeated deferral of a due date. Boards want it flagged rather than found. Only approved revisions count: a
 * pending one has not moved the date yet, so it is shown as requested, never as slip.
 */
public record Drift(int revisions, long totalSlipDays, boolean flagged) {

    public static Drift of(Collection<DateRevision> revisions, BragKey key) {
        List<DateRevision> approved = revisions.stream().filter(r -> !r.pending()).toList();
        long slip = approved.stream().mapToLong(DateRevision::slipDays).sum();
        boolean flagged = approved.size() >= key.driftRevisions() || slip > key.driftSlipDays();
        return new Drift(approved.size(), slip, flagged);
    }

    /** "2 revisions, +45 days in all" (or "brought forward 10 days in all"). */
    public String text() {
        String count = revisions + (revisions == 1 ? " revision" : " revisions");
        long d = Math.abs(totalSlipDays);
        String days = d + (d == 1 ? " day" : " days");
        return count + ", " + (totalSlipDays < 0 ? "brought forward " + days : "+" + days) + " in all";
    }
}
