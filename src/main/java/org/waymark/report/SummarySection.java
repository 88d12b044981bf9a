package org.waymark.report;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.app.PackSection;
import org.waymark.domain.Brag;
import org.waymark.domain.BragCounts;
import org.waymark.domain.CoreService;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.ReadinessSummary;
import org.waymark.report.layout.BragBarChart;
import org.waymark.report.layout.TableWriter;
import org.waymark.report.layout.TableWriter.Cell;
import org.waymark.report.layout.TableWriter.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** BRAG counts overall, by key question and by core service: a chart for the eye and a table for the record. */
final class SummarySection implements SectionWriter {

    @Override public PackSection section() { return PackSection.SUMMARY; }

    @Override public void write(PackBuilder b) {
        ReadinessSummary r = b.content.readiness();
        PDStructureElement sect = b.section(section().title(), false, true);
        KeyFigures.draw(b, sect, List.of(
                new KeyFigures.Figure(String.valueOf(r.overall().total()), "actions in the plan"),
                new KeyFigures.Figure(String.valueOf(r.overall().get(Brag.RED)), "Red (off track or overdue)"),
                new KeyFigures.Figure(String.valueOf(r.overdue()), "overdue"),
                new KeyFigures.Figure(String.format(Locale.UK, "%.0f%%", r.mustDoBluePercent()), "must-do actions Blue")));

        b.flow.h2(sect, "Overall", 80);
        BragBarChart.draw(b.cursor, sect, alt("All actions", List.of("All actions"), List.of(r.overall())), List.of("All actions"), List.of(r.overall()));
        table(b, sect, "Scope", List.of("All actions"), List.of(r.overall()));

        List<String> qLabels = new ArrayList<>();
        List<BragCounts> qCounts = new ArrayList<>();
        for (KeyQuestion q : KeyQuestion.values()) {
            qLabels.add(q.label());
            qCounts.add(r.byKeyQuestion().getOrDefault(q, new BragCounts()));
        }
        b.flow.h2(sect, "By CQC key question", keepTogether(qLabels.size()));
        BragBarChart.draw(b.cursor, sect, alt("Actions by key question", qLabels, qCounts), qLabels, qCounts);
        table(b, sect, "Key question", qLabels, qCounts);

        List<String> sLabels = new ArrayList<>();
        List<BragCounts> sCounts = new ArrayList<>();
        for (CoreService s : b.content.plan().coreServices()) {
            BragCounts bc = r.byCoreService().get(s.id());
            if (bc == null) continue;
            sLabels.add(s.name());
            sCounts.add(bc);
        }
        BragCounts trustWide = r.byCoreService().get(0L);
        if (trustWide != null) { sLabels.add("Trust-wide"); sCounts.add(trustWide); }
        b.flow.h2(sect, "By core service", keepTogether(sLabels.size()));
        BragBarChart.draw(b.cursor, sect, alt("Actions by core service", sLabels, sCounts), sLabels, sCounts);
        table(b, sect, "Core service", sLabels, sCounts);
    }

    /** The height of a chart and its table, so a heading, its chart and its table stay on one page. */
    private static float keepTogether(int rows) {
        return rows * 22 + 32 + (rows + 1) * 18.5f;
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

    static void table(PackBuilder b, PDStructureElement sect, String first, List<String> labels, List<BragCounts> counts) {
        TableWriter t = new TableWriter(b.cursor, sect, List.of(Column.left(first, 34), Column.right("R Red", 11), Column.right("A Amber", 11),
                Column.right("G Green", 11), Column.right("B Blue", 11), Column.right("Total", 11), Column.right("Blue %", 11)), 8.5f, true);
        for (int i = 0; i < labels.size(); i++) {
            BragCounts c = counts.get(i);
            t.add(List.of(Cell.of(labels.get(i)), Cell.of(c.get(Brag.RED)), Cell.of(c.get(Brag.AMBER)), Cell.of(c.get(Brag.GREEN)),
                    Cell.of(c.get(Brag.BLUE)), Cell.bold(String.valueOf(c.total())),
                    Cell.of(c.total() == 0 ? "—" : String.format(Locale.UK, "%.0f%%", 100.0 * c.get(Brag.BLUE) / c.total()))));
        }
        t.finish("No actions.");
    }
}
