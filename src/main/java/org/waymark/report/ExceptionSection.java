package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.Action;
import org.waymark.domain.Brag;
import org.waymark.domain.BragKey;
import org.waymark.domain.BragResult;
import org.waymark.domain.DateRevision;
import org.waymark.domain.ExceptionSelection;
import org.waymark.domain.Plan;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every Red and every overdue action, and every revised due date with its reason, interim control and approver. */
final class ExceptionSection implements SectionModel {

    @Override public PackSection section() { return PackSection.EXCEPTIONS; }


    @Override public Section build(PackContent c) {
        Plan plan = c.plan();
        LocalDate today = c.today();
        List<Action> exceptions = ExceptionSelection.of(plan, today, c.baseline());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of(Words.countIs(exceptions.size(), "action", "actions") + " Red, overdue or revised since the last board, as at "
                + Dates.uk(today) + "."));
        blocks.add(new Block.Heading("Red, overdue and revised actions"));
        List<List<Cell>> rows = new ArrayList<>();
        for (Action a : exceptions) {
            BragResult br = plan.brag(a, today);
            long over = a.overdue(today) ? ChronoUnit.DAYS.between(a.currentDue(), today) : 0;
            rows.add(List.of(Cell.bold(a.ref()), Cell.of(a.title()), Cell.of(plan.person(a.executiveLeadId()).map(p -> p.name()).orElse("Not assigned")),
                    Cell.of(Dates.uk(a.currentDue())), over > 0 ? Cell.bad(String.valueOf(over)) : Cell.of("—"),
                    Cell.brag(br.brag()), Cell.of(br.reason())));
        }
        blocks.add(new Block.Table("Red, overdue and revised actions", List.of(Column.left("Ref", 8), Column.left("Action", 31), Column.left("Executive lead", 19),
                Column.left("Due", 11), Column.right("Days over", 8), Column.left("BRAG", 12), Column.left("Why", 19)), rows,
                "No action is Red, overdue or revised since the last board."));

        List<Row> revisions = new ArrayList<>();
        for (Action a : plan.actions()) for (DateRevision r : plan.revisionsOf(a.id())) revisions.add(new Row(a, r));
        revisions.sort(Comparator.comparing((Row r) -> r.action().ref()).thenComparing(r -> r.revision().newDue()));
        blocks.add(new Block.Heading("Revised due dates (" + revisions.size() + ")"));
        List<List<Cell>> revisionRows = new ArrayList<>();
        boolean anyDrift = false;
        for (Row row : revisions) {
            DateRevision r = row.revision();
            boolean drift = plan.drift(row.action()).flagged();
            anyDrift |= drift;
            revisionRows.add(List.of(Cell.bold(row.action().ref() + (drift ? "\nDrift" : "")), Cell.of(Dates.uk(r.oldDue())), Cell.of(Dates.uk(r.newDue())),
                    Cell.of(r.shiftText()), Cell.of(r.reason()), Cell.of(r.interimControl()),
                    r.pending() ? Cell.bad("Pending approval") : Cell.of(r.approvedBy() + ", " + Dates.uk(r.approvedOn()))));
        }
        if (anyDrift) blocks.add(Block.Paragraph.of(driftMeaning(plan.bragKey())));
        blocks.add(new Block.Table("Revised due dates", List.of(Column.left("Ref", 9), Column.left("Was", 11), Column.left("Now", 11),
                Column.right("Moved", 8), Column.left("Reason for delay", 21), Column.left("Interim control", 21), Column.left("Approved by", 19)),
                revisionRows, "No due date has been revised."));
        return new Section("exceptions", section().title(), false, true, blocks);
    }

    /** What "Drift" under a ref means, in the plan's own thresholds. */
    static String driftMeaning(BragKey key) {
        return "Drift, under a ref, marks an action whose due date has been revised " + key.driftRevisions() + " or more times, or has slipped by more than "
                + Words.count(key.driftSlipDays(), "day", "days") + " in all: a date that keeps moving, which the board may want to challenge.";
    }

    private record Row(Action action, DateRevision revision) {}
}
