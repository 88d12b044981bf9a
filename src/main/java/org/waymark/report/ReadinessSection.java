package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.CriterionState;
import org.waymark.domain.Organisation;
import org.waymark.domain.ReadinessSummary;
import org.waymark.report.model.Block;
import org.waymark.report.model.Block.Figure;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Are we on track to leave: months in the regime, must-do assurance, and each exit criterion's state. */
final class ReadinessSection implements SectionModel {

    @Override public PackSection section() { return PackSection.READINESS; }

    @Override public Section build(PackContent c) {
        ReadinessSummary r = c.readiness();
        Organisation org = c.plan().organisation();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Figures(List.of(
                new Figure(String.valueOf(r.monthsInRegime()), r.monthsInRegime() == 1 ? "month in the regime" : "months in the regime"),
                new Figure(r.criteriaMet() + " of " + r.criteria().size(), "exit criteria met"),
                new Figure(r.mustDoBlue() + " of " + r.mustDoActions(), "must-do actions Blue"),
                new Figure(String.format(Locale.UK, "%.0f%%", r.mustDoBluePercent()), "must-do assurance"))));
        String regime = org.regimeEntered() == null ? "The trust is not in an enforcement regime."
                : "The trust entered " + org.regime().label().toLowerCase(Locale.UK) + " on " + Dates.uk(org.regimeEntered())
                + " and has been in it for " + Words.count(r.monthsInRegime(), "month", "months") + ". The intended stay is 12 to 18 months.";
        blocks.add(Block.Paragraph.of(regime));
        blocks.add(new Block.Heading("Exit criteria"));
        List<List<Cell>> rows = new ArrayList<>();
        for (CriterionState s : r.criteria()) {
            rows.add(List.of(Cell.of(s.criterion().title()), s.met() ? Cell.good("Met") : Cell.bad("Not met"), Cell.of(s.why())));
        }
        blocks.add(new Block.Table("Exit criteria and their state", List.of(Column.left("Criterion", 40), Column.left("State", 12),
                Column.left("Evidence and reasoning", 48)), rows, "No exit criteria are recorded in the plan."));
        return new Section("readiness", section().title(), false, true, blocks);
    }
}
