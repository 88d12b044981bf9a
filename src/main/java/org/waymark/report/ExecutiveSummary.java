package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.domain.Brag;
import org.waymark.domain.DeadlineCountdown;
import org.waymark.domain.ReadinessSummary;

import java.util.Locale;

/** The summary written from the data when the cover sheet's author has not written one. */
final class ExecutiveSummary {

    private ExecutiveSummary() {}

    static String of(PackContent c) {
        ReadinessSummary r = c.readiness();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.UK, "The plan holds %d actions: %d Red, %d Amber, %d Green and %d Blue (complete and assured). ",
                r.overall().total(), r.overall().get(Brag.RED), r.overall().get(Brag.AMBER), r.overall().get(Brag.GREEN), r.overall().get(Brag.BLUE)));
        s.append(r.overdue()).append(r.overdue() == 1 ? " action is" : " actions are").append(" overdue. ");
        s.append(String.format(Locale.UK, "%d of %d must-do actions (%.0f%%) are Blue. ", r.mustDoBlue(), r.mustDoActions(), r.mustDoBluePercent()));
        s.append(r.criteriaMet()).append(" of ").append(r.criteria().size()).append(" exit criteria are met");
        c.regime().ifPresent(g -> s.append(", after ").append(Words.count(r.monthsInRegime(), "month", "months")).append(' ')
                .append(g.wording().inProgramme()));
        s.append(". ");
        r.deadlines().stream().filter(d -> d.daysLeft() >= 0 && !d.met()).findFirst().ifPresent((DeadlineCountdown d) ->
                s.append("The next warning-notice deadline is ").append(Dates.uk(d.requirement().deadline())).append(" (")
                        .append(d.requirement().ref()).append(", ").append(d.daysLeft()).append(" days left). "));
        return s.toString().strip();
    }
}
