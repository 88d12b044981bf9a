package org.waymark.domain;

import java.util.Collection;

/** Repeated deferral of a due date. Boards want it flagged rather than found. */
public record Drift(int revisions, long totalSlipDays, boolean flagged) {

    public static Drift of(Collection<DateRevision> revisions, BragKey key) {
        long slip = revisions.stream().mapToLong(DateRevision::slipDays).sum();
        boolean flagged = revisions.size() >= key.driftRevisions() || slip > key.driftSlipDays();
        return new Drift(revisions.size(), slip, flagged);
    }
}
