package org.waymark.report;

import org.waymark.domain.EvidenceFile;
import org.waymark.domain.EvidenceItem;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.Action;
import org.waymark.domain.Plan;
import org.waymark.domain.Requirement;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The full register, one row per action, on landscape pages so that every column stays readable. */
final class AppendixSection implements SectionModel {

    @Override public PackSection section() { return PackSection.APPENDIX; }

    @Override public Section build(PackContent c) {
        Plan plan = c.plan();
        LocalDate today = c.today();
        List<List<Cell>> rows = new ArrayList<>(plan.actions().size());
        for (Action a : plan.actions()) {
            String req = plan.requirement(a.requirementId()).map(Requirement::ref).orElse("—");
            String original = Objects.equals(a.originalDue(), a.currentDue()) ? "" : Dates.uk(a.originalDue());
            rows.add(List.of(Cell.bold(a.ref()), Cell.of(a.title()), Cell.of(req), Cell.of(plan.person(a.executiveLeadId()).map(p -> p.name()).orElse("Not assigned")),
                    Cell.of(Dates.uk(a.start())), Cell.of(Dates.uk(a.currentDue())), Cell.of(original), Cell.of(a.status().label()),
                    Cell.of(a.progress() + "%"), Cell.brag(plan.brag(a, today).brag())));
        }
        List<Block> blocks = List.of(
                Block.Paragraph.of(Words.count(plan.actions().size(), "action", "actions") + ", as at " + Dates.uk(today)
                        + ". Original due dates are shown where the date has been revised."),
                new Block.Table("Full register of actions", List.of(Column.left("Ref", 7), Column.left("Action", 30), Column.left("Requirement", 9),
                        Column.left("Executive lead", 14), Column.left("Start", 8.5f), Column.left("Due", 8.5f), Column.left("Original due", 8.5f),
                        Column.left("Status", 10), Column.right("Progress", 7), Column.left("BRAG", 10)), rows, "The plan holds no actions."),
                new Block.Heading("Evidence"),
                Block.Paragraph.of("Every evidence item by name. A file held in the plan or linked from it is listed with its SHA-256, so a copy"
                        + " handed to the board can be checked against the one the plan recorded."),
                evidence(c));
        return new Section("appendix", section().title(), true, true, blocks);
    }

    private static Block.Table evidence(PackContent c) {
        Plan plan = c.plan();
        List<List<Cell>> rows = new ArrayList<>();
        for (Action a : plan.actions()) {
            for (EvidenceItem e : plan.evidenceOf(a.id())) {
                EvidenceFile f = c.evidenceFiles().get(e.id());
                String name = f != null ? f.name() : e.reference();
                String held = f == null ? "—" : (f.inPlan() ? "In the plan, " : "Linked, ") + EvidenceFile.size(f.size());
                rows.add(List.of(Cell.bold(a.ref()), Cell.of(name), Cell.of(e.kind()), Cell.of(held), Cell.of(f == null ? "—" : f.sha256()),
                        Cell.of(e.verified() ? e.verifiedBy() + ", " + Dates.uk(e.verifiedOn()) : "Not verified")));
            }
        }
        return new Block.Table("Evidence", List.of(Column.left("Ref", 7), Column.left("Evidence", 26), Column.left("Kind", 10),
                Column.left("File", 14), Column.left("SHA-256", 25), Column.left("Verified", 18)), rows, "No evidence has been offered yet.");
    }
}
