package org.waymark.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * Derives an action's BRAG. Blue is gated: complete alone is not enough, the evidence must be verified and
 * someone must have signed it off, so a board can trust the Blue. Slippage is never hidden: under the default key
 * an action whose due date was moved later than its original date is Amber, not Green, until it is assured
 * complete. The analysts' view {@code v_action_status} implements the same rules in SQL, branch for branch; a
 * test compares the two, so a change here needs the same change there (a new migration).
 */
public final class BragRules {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final BragKey key;

    public BragRules(BragKey key) { this.key = key; }

    public BragResult assess(Action action, Collection<EvidenceItem> evidence, Collection<DateRevision> revisions,
                             LocalDate today) {
        if (action.override() != null) {
            return new BragResult(action.override().brag(), "Overridden: " + action.override().reason(), true);
        }
        boolean slipped = slipped(action) && !key.revisedMayBeGreen();
        if (action.status() == ActionStatus.COMPLETE) {
            boolean verified = evidence.stream().anyMatch(EvidenceItem::verified);
            if (verified && action.signOff() != null) {
                return new BragResult(Brag.BLUE, "Complete, evidence verified and signed off", false);
            }
            String missing = !verified && action.signOff() == null ? "verified evidence and sign-off"
                    : !verified ? "verified evidence" : "assurance sign-off";
            if (slipped) {
                return new BragResult(Brag.AMBER, "Complete later than its original due date (" + action.originalDue().format(UK)
                        + "; " + Drift.of(revisions, key).text() + "), awaiting " + missing, false);
            }
            return new BragResult(Brag.GREEN, "Complete, awaiting " + missing, false);
        }
        if (action.overdue(today)) {
            long days = ChronoUnit.DAYS.between(action.currentDue(), today);
            return new BragResult(Brag.RED, "Overdue by " + days + (days == 1 ? " day" : " days"), false);
        }
        if (action.status() == ActionStatus.ON_HOLD) {
            return new BragResult(Brag.RED, "Off track: on hold", false);
        }
        var pending = revisions.stream().filter(DateRevision::pending).findFirst();
        if (pending.isPresent()) {
            return new BragResult(Brag.AMBER, "At risk: a date revision awaits approval (" + pending.get().shiftText() + ")", false);
        }
        if (behindInWarningWindow(action, today)) {
            return new BragResult(Brag.AMBER, "At risk: due within " + key.warningWindowDays()
                    + " days and progress " + action.progress() + "% is behind plan (" + expectedProgress(action, today) + "%)", false);
        }
        if (slipped) {
            return new BragResult(Brag.AMBER, "Revised \u2014 on track for the new date " + action.currentDue().format(UK)
                    + " (original " + action.originalDue().format(UK) + "; " + Drift.of(revisions, key).text() + ")", false);
        }
        return new BragResult(Brag.GREEN, "On track", false);
    }

    /** Due later than it was first promised: the slippage a board must see. */
    public static boolean slipped(Action action) {
        return action.originalDue() != null && action.currentDue() != null && action.currentDue().isAfter(action.originalDue());
    }

    /** The progress a straight line from start to due would have reached by today, 0–100. */
    public static int expectedProgress(Action action, LocalDate today) {
        if (action.start() == null || action.currentDue() == null) return 0;
        long span = ChronoUnit.DAYS.between(action.start(), action.currentDue());
        if (span <= 0) return 100;
        long gone = ChronoUnit.DAYS.between(action.start(), today);
        return (int) Math.max(0, Math.min(100, Math.round(100.0 * gone / span)));
    }

    private boolean behindInWarningWindow(Action action, LocalDate today) {
        if (action.currentDue() == null) return false;
        long daysLeft = ChronoUnit.DAYS.between(today, action.currentDue());
        return daysLeft <= key.warningWindowDays() && action.progress() < expectedProgress(action, today);
    }
}
