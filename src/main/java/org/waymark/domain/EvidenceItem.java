package org.waymark.domain;

import java.time.LocalDate;

/** A document, link or record offered as proof that an action is done, and whether someone has verified it. */
public record EvidenceItem(long id, long actionId, String kind, String reference, String description,
                           LocalDate added, String verifiedBy, LocalDate verifiedOn, LocalDate reviewDate) {

    public boolean verified() { return verifiedBy != null && !verifiedBy.isBlank() && verifiedOn != null; }
}
