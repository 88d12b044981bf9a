package org.waymark.app.rounds;

import org.waymark.domain.UpdateRound;

import java.util.List;

/** A round as the lead tracks it: who was sent a form, who has returned one, who is outstanding and whether late. */
public record RoundSummary(int number, UpdateRound round, List<String> sent, List<String> returned, List<String> outstanding, boolean overdue, int chases) {

    /** Returned owners as a whole percentage of those sent a form. */
    public int returnRate() { return sent.isEmpty() ? 0 : Math.round(100f * returned.size() / sent.size()); }

    /** "Update round 3: 14 of 20 owners returned (70 %), return by 16/12/2026", as the overview and the rounds view show it. */
    public String headline() {
        return "Update round " + number + ": " + returned.size() + " of " + sent.size() + " owners returned (" + returnRate() + " %), return by "
                + RoundDates.uk(round.returnBy()) + (overdue ? ", overdue" : "");
    }
}
