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

    /** Days the date moved: positive when it slipped, negative when brought forward. */
    public long slipDays() { return ChronoUnit.DAYS.between(oldDue, newDue); }

    public boolean broughtForward() { return newDue.isBefore(oldDue); }

    /** "+90 days", "brought forward 15 days", or for a pending one "requested +90 days": never "+-15". */
    public String shiftText() {
        long d = slipDays();
        String days = Math.abs(d) == 1 ? " day" : " days";
        String moved = d < 0 ? "brought forward " + (-d) + days : "+" + d + days;
        return pending() ? "requested " + moved : moved;
    }
}
