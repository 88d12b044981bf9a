package org.waymark.report;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.app.PackSection;
import org.waymark.domain.Action;
import org.waymark.domain.Plan;
import org.waymark.domain.Requirement;
import org.waymark.report.layout.TableWriter;
import org.waymark.report.layout.TableWriter.Cell;
import org.waymark.report.layout.TableWriter.Column;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The full register, one row per action, on landscape pages so that every column stays readable. */
final class AppendixSection implements SectionWriter {

    @Override public PackSection section() { return PackSection.APPENDIX; }

    @Override public void write(PackBuilder b) {
        Plan plan = b.content.plan();
        LocalDate today = b.content.today();
        PDStructureElement sect = b.section(section().title(), true, true);
        b.flow.paragraph(sect, plan.actions().size() + " actions, as at " + Dates.uk(today) + ". Original due dates are shown where the date has been revised.");
        TableWriter t = new TableWriter(b.cursor, sect, List.of(Column.left("Ref", 7), Column.left("Action", 30), Column.left("Requirement", 9),
                Column.left("Executive lead", 14), Column.left("Start", 8.5f), Column.left("Due", 8.5f), Column.left("Original due", 8.5f),
                Column.left("Status", 10), Column.right("Progress", 7), Column.left("BRAG", 10)), 7.5f, true);
        int n = 0, total = plan.actions().size();
        List<List<Cell>> rows = new java.util.ArrayList<>(total);
        for (Action a : plan.actions()) {
            if (++n % 250 == 0) b.progress(0.55 + 0.4 * n / total, "Register: " + n + " of " + total + " actions");
            String req = plan.requirement(a.requirementId()).map(Requirement::ref).orElse("—");
            String original = Objects.equals(a.originalDue(), a.currentDue()) ? "" : Dates.uk(a.originalDue());
            rows.add(List.of(Cell.bold(a.ref()), Cell.of(a.title()), Cell.of(req), Cell.of(plan.person(a.executiveLeadId()).map(p -> p.name()).orElse("Not assigned")),
                    Cell.of(Dates.uk(a.start())), Cell.of(Dates.uk(a.currentDue())), Cell.of(original), Cell.of(a.status().label()),
                    Cell.of(a.progress() + "%"), Cell.brag(plan.brag(a, today).brag())));
        }
        t.addAll(rows);
        t.finish("The plan holds no actions.");
    }
}
