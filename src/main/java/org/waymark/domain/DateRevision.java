package org.waymark.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One change to an action's due date. Boards watch slippage, so a revision carries why it slipped, what keeps
 * patients safe meanwhile, and who approved it. An unapproved revision is pending.
 */
public record DateRevision(long id, long actionId, LocalDate oldDue, LocalDate newDue, String reason,
                           String interimControl, String approvedBy, LocalDate approvedOn) {

    public boolean pending() { return approvedBy == null || approvedBy.isBlank() || approvedOn == null; }

    public long slipDays() { return ChronoUnit.DAYS.between(oldDue, newDue); }
}
