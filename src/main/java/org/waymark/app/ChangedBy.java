package org.waymark.app;

import org.waymark.store.PlanStore;
import org.waymark.store.Tx;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Who last changed an action, and when, from its audit rows: a refused edit names them ("last changed by bjones at
 * 14:02 on 02/12/2026"), so the person refused knows whose change to look at, and whom to ask.
 */
final class ChangedBy {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' dd/MM/yyyy");

    private ChangedBy() {}

    static String of(Tx tx, long actionId, ZoneId zone) {
        return PlanStore.lastChange(tx, "action", actionId).map(r -> "last changed by " + r.who() + when(r.at(), zone)).orElse("changed since");
    }

    private static String when(String at, ZoneId zone) {
        try {
            return " at " + WHEN.format(Instant.parse(at).atZone(zone));
        } catch (DateTimeParseException e) {
            return ""; // a row written by hand with an odd time still names who; the chain check speaks to the rest
        }
    }
}
