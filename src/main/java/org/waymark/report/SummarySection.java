package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.Brag;
import org.waymark.domain.BragCounts;
import org.waymark.domain.CoreService;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.ReadinessSummary;
import org.waymark.report.model.Block;
import org.waymark.report.model.Block.Figure;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** BRAG counts overall, by key question and by core service: a chart for the eye and a table for the record. */
final class SummarySection implements SectionModel {

    @Override public PackSection section() { return PackSection.SUMMARY; }

    @Override public Section build(PackContent c) {
        ReadinessSummary r = c.readiness();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Figures(List.of(
                new Figure(String.valueOf(r.overall().total()), r.overall().total() == 1 ? "action in the plan" : "actions in the plan"),
                new Figure(String.valueOf(r.overall().get(Brag.RED)), "Red (off track or overdue)"),
                new Figure(String.valueOf(r.overdue()), "overdue"),
                new Figure(String.format(Locale.UK, "%.0f%%", r.mustDoBluePercent()), "must-do actions Blue"))));

        chart(blocks, "Overall", "All actions", "Scope", List.of("All actions"), List.of(r.overall()));

        List<String> qLabels = new ArrayList<>();
        List<BragCounts> qCounts = new ArrayList<>();
        for (KeyQuestion q : KeyQuestion.values()) {
            qLabels.add(q.label());
            qCounts.add(r.byKeyQuestion().getOrDefault(q, new BragCounts()));
        }
        chart(blocks, "By CQC key question", "Actions by key question", "Key question", qLabels, qCounts);

        List<String> sLabels = new ArrayList<>();
        List<BragCounts> sCounts = new ArrayList<>();
        for (CoreService s : c.plan().coreServices()) {
            BragCounts bc = r.byCoreService().get(s.id());
            if (bc == null) continue;
            sLabels.add(s.name());
            sCounts.add(bc);
        }
        BragCounts trustWide = r.byCoreService().get(0L);
        if (trustWide != null) { sLabels.add("Trust-wide"); sCounts.add(trustWide); }
        chart(blocks, "By core service", "Actions by core service", "Core service", sLabels, sCounts);
        return new Section("summary", section().title(), false, true, blocks);
    }

    private static void chart(List<Block> blocks, String heading, String title, String first, List<String> labels, List<BragCounts> counts) {
        blocks.add(new Block.Heading(heading));
        blocks.add(new Block.BragChart(title, alt(title, labels, counts), labels, counts, table(title, first, labels, counts)));
    }

    static String alt(String title, List<String> labels, List<BragCounts> counts) {
        StringBuilder s = new StringBuilder("Bar chart of BRAG status. ").append(title).append(": ");
        for (int i = 0; i < labels.size(); i++) {
            BragCounts c = counts.get(i);
            s.append(labels.get(i)).append(" ").append(c.get(Brag.RED)).append(" Red, ").append(c.get(Brag.AMBER)).append(" Amber, ")
                    .append(c.get(Brag.GREEN)).append(" Green, ").append(c.get(Brag.BLUE)).append(" Blue").append(i < labels.size() - 1 ? "; " : ".");
        }
        return s.toString();
    }

    static Block.Table table(String caption, String first, List<String> labels, List<BragCounts> counts) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BragCounts c = counts.get(i);
            rows.add(List.of(Cell.of(labels.get(i)), Cell.of(c.get(Brag.RED)), Cell.of(c.get(Brag.AMBER)), Cell.of(c.get(Brag.GREEN)),
                    Cell.of(c.get(Brag.BLUE)), Cell.bold(String.valueOf(c.total())),
                    Cell.of(c.total() == 0 ? "—" : String.format(Locale.UK, "%.0f%%", 100.0 * c.get(Brag.BLUE) / c.total()))));
        }
        return new Block.Table(caption + ": BRAG counts", List.of(Column.left(first, 34), Column.right("R Red", 11), Column.right("A Amber", 11),
                Column.right("G Green", 11), Column.right("B Blue", 11), Column.right("Total", 11), Column.right("Blue %", 11)), rows, "No actions.");
    }
}
