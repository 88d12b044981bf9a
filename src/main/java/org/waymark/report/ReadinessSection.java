package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.CriterionState;
import org.waymark.domain.ReadinessSummary;
import org.waymark.domain.regulation.RegimeStatus;
import org.waymark.domain.regulation.RegimeStep;
import org.waymark.report.model.Block;
import org.waymark.report.model.Block.Figure;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Are we on track to leave: months in the regime, must-do assurance, each exit criterion's state, and the regime history. */
final class ReadinessSection implements SectionModel {

    @Override public PackSection section() { return PackSection.READINESS; }

    @Override public Section build(PackContent c) {
        ReadinessSummary r = c.readiness();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Figures(List.of(
                new Figure(String.valueOf(r.monthsInRegime()), r.monthsInRegime() == 1 ? "month in the regime" : "months in the regime"),
                new Figure(r.criteriaMet() + " of " + r.criteria().size(), "exit criteria met"),
                new Figure(r.mustDoBlue() + " of " + r.mustDoActions(), "must-do actions Blue"),
                new Figure(String.format(Locale.UK, "%.0f%%", r.mustDoBluePercent()), "must-do assurance"))));
        blocks.add(Block.Paragraph.of(regime(c.regime(), r)));
        blocks.add(new Block.Heading("Exit criteria"));
        List<List<Cell>> rows = new ArrayList<>();
        for (CriterionState s : r.criteria()) {
            rows.add(List.of(Cell.of(s.criterion().title()), s.met() ? Cell.good("Met") : Cell.bad("Not met"), Cell.of(s.why())));
        }
        blocks.add(new Block.Table("Exit criteria and their state", List.of(Column.left("Criterion", 40), Column.left("State", 12),
                Column.left("Evidence and reasoning", 48)), rows, "No exit criteria are recorded in the plan."));
        blocks.add(new Block.Heading("Regime history"));
        blocks.add(history(c.regimeSteps()));
        return new Section("readiness", section().title(), false, true, blocks);
    }

    /** Each dated step (entered, segment changed, left) with the event in the regime's words and its names from the data. */
    static Block.Table history(List<RegimeStep> steps) {
        List<List<Cell>> rows = new ArrayList<>();
        for (RegimeStep s : steps) {
            rows.add(List.of(Cell.bold(Dates.uk(s.date())), Cell.of(s.words()), Cell.of(s.regime()), Cell.of(s.segment().isEmpty() ? "—" : s.segment())));
        }
        return new Block.Table("Regime history: each step in the trust's oversight, oldest first", List.of(Column.left("Date", 14),
                Column.left("Event", 40), Column.left("Regime", 32), Column.left("Segment", 14)), rows, "The plan records no regime history.");
    }

    /** In the regime's own words: "The trust has been in segment 5 (Provider Improvement Programme) since …". */
    static String regime(Optional<RegimeStatus> status, ReadinessSummary r) {
        if (status.isEmpty()) return "The trust is not in an oversight regime.";
        RegimeStatus s = status.get();
        return "The trust has been " + s.wording().inProgramme() + " since " + Dates.uk(s.entered()) + ", "
                + Words.count(r.monthsInRegime(), "month", "months") + " (" + s.label() + "). To " + s.wording().leave()
                + ", the exit criteria below must be met.";
    }
}
