package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.Brag;
import org.waymark.domain.BragCounts;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.regulation.StatementCoverage;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the framework's items (quality statements, or key lines of enquiry) the plan's findings and actions are
 * tagged with, their BRAG, and the gaps: findings with no open or Blue action, and actions with no evidence.
 */
final class CoverageSection implements SectionModel {

    @Override public PackSection section() { return PackSection.COVERAGE; }

    @Override public Section build(PackContent c) {
        List<StatementCoverage> rows = c.coverage();
        var f = c.framework();
        long gaps = rows.stream().filter(StatementCoverage::hasGap).count();
        long untouched = rows.stream().filter(StatementCoverage::untouched).count();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of("Against " + f.name() + ": " + (rows.size() - untouched) + " of " + rows.size() + " "
                + f.itemWord(rows.size()) + " have findings or actions tagged; " + gaps + " " + f.itemWord(gaps) + (gaps == 1 ? " has" : " have")
                + " a gap, and " + untouched + " " + f.itemWord(untouched) + (untouched == 1 ? " has" : " have") + " neither findings nor actions."));
        for (KeyQuestion q : KeyQuestion.values()) {
            List<List<Cell>> table = new ArrayList<>();
            for (StatementCoverage s : rows) if (s.item().keyQuestion() == q) table.add(row(s));
            if (table.isEmpty()) continue;
            blocks.add(new Block.Table(q.label() + ": " + f.itemWord(2), List.of(Column.left(capital(f.itemWord(1)), 34), Column.right("Findings", 9),
                    Column.right("Actions", 9), Column.left("BRAG", 18), Column.left("Gaps", 30)), table, ""));
        }
        return new Section("coverage", section().title(), false, true, blocks);
    }

    private static List<Cell> row(StatementCoverage s) {
        String item = s.item().code() + " " + s.item().name();
        return List.of(s.untouched() ? Cell.of(item) : Cell.strong(item), Cell.of(s.findings()), Cell.of(s.actions()),
                Cell.of(s.actions() == 0 ? "—" : brag(s.brag())), s.hasGap() ? Cell.bad(gaps(s)) : Cell.of(s.untouched() ? "Nothing tagged" : "None"));
    }

    private static String brag(BragCounts b) {
        return "R " + b.get(Brag.RED) + " · A " + b.get(Brag.AMBER) + " · G " + b.get(Brag.GREEN) + " · B " + b.get(Brag.BLUE);
    }

    private static String gaps(StatementCoverage s) {
        List<String> parts = new ArrayList<>();
        if (!s.findingsWithoutAction().isEmpty()) parts.add("No open or Blue action: " + String.join(", ", s.findingsWithoutAction()));
        if (!s.actionsWithoutEvidence().isEmpty()) parts.add("No evidence: " + String.join(", ", s.actionsWithoutEvidence()));
        return String.join(". ", parts);
    }

    private static String capital(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }
}
