package org.waymark.domain;

import java.time.LocalDate;

/** A document, link or record offered as proof that an action is done, and whether someone has verified it. */
public record EvidenceItem(long id, long actionId, String kind, String reference, String description,
                           LocalDate added, String verifiedBy, LocalDate verifiedOn, LocalDate reviewDate) {

    /** The same item under the id the store gave it. */
    public EvidenceItem withId(long newId) {
        return new EvidenceItem(newId, actionId, kind, reference, description, added, verifiedBy, verifiedOn, reviewDate);
    }

    public boolean verified() { return verifiedBy != null && !verifiedBy.isBlank() && verifiedOn != null; }
}
