package org.waymark.app.rounds;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one owner's update form and covering e-mail carry. {@code address} is empty when the plan holds no
 * e-mail address for the owner; {@code overdue}, {@code dueSoon} and {@code awaitingEvidence} feed the e-mail.
 */
public record OwnerForm(FormIdentity identity, String organisation, String ownerName, String address, LocalDate returnBy,
                        List<FormRow> rows, List<FormRow> overdue, List<FormRow> dueSoon, List<FormRow> awaitingEvidence) {

    /** The hidden sheet's rows, in form order. */
    public List<IssuedRow> issuedRows() {
        return rows.stream().map(r -> new IssuedRow(r.actionId(), r.ref(), r.stamp(), r.status(), r.progress(), r.lockedHashes())).toList();
    }

    /** The hidden sheet's digest as issued, stored with the round. */
    public String digest() { return Stamps.digest(identity, issuedRows()); }
}
