package org.waymark.report;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.app.PackSection;
import org.waymark.domain.Action;
import org.waymark.domain.BragResult;
import org.waymark.domain.DateRevision;
import org.waymark.domain.ExceptionSelection;
import org.waymark.domain.Plan;
import org.waymark.report.layout.PackFonts.Face;
import org.waymark.report.layout.Palette;
import org.waymark.report.layout.TableWriter;
import org.waymark.report.layout.TableWriter.Cell;
import org.waymark.report.layout.TableWriter.Column;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every Red and every overdue action, and every revised due date with its reason, interim control and approver. */
final class ExceptionSection implements SectionWriter {

    @Override public PackSection section() { return PackSection.EXCEPTIONS; }


    @Override public void write(PackBuilder b) {
        Plan plan = b.content.plan();
        LocalDate today = b.content.today();
        PDStructureElement sect = b.section(section().title(), false, true);
        List<Action> exceptions = ExceptionSelection.of(plan, today, b.content.baseline());
        b.flow.paragraph(sect, exceptions.size() + " actions are Red, overdue or had their due date revised since the last board, as at " + Dates.uk(today) + ".");
        b.flow.h2(sect, "Red, overdue and revised actions", 60);
        TableWriter t = new TableWriter(b.cursor, sect, List.of(Column.left("Ref", 8), Column.left("Action", 31), Column.left("Executive lead", 19),
                Column.left("Due", 11), Column.right("Days over", 8), Column.left("BRAG", 12), Column.left("Why", 19)), 8, true);
        int n = 0;
        List<List<Cell>> rows = new ArrayList<>();
        for (Action a : exceptions) {
            if (++n % 200 == 0) b.checkCancelled();
            BragResult br = plan.brag(a, today);
            long over = a.overdue(today) ? ChronoUnit.DAYS.between(a.currentDue(), today) : 0;
            rows.add(List.of(Cell.bold(a.ref()), Cell.of(a.title()), Cell.of(plan.person(a.executiveLeadId()).map(p -> p.name()).orElse("Not assigned")),
                    Cell.of(Dates.uk(a.currentDue())), over > 0 ? Cell.coloured(String.valueOf(over), Face.BOLD, Palette.RED_TEXT) : Cell.of("—"),
                    Cell.brag(br.brag()), Cell.of(br.reason())));
        }
        t.addAll(rows);
        t.finish("No action is Red, overdue or revised since the last board.");

        List<Row> revisions = new ArrayList<>();
        for (Action a : plan.actions()) for (DateRevision r : plan.revisionsOf(a.id())) revisions.add(new Row(a, r));
        revisions.sort(Comparator.comparing((Row r) -> r.action().ref()).thenComparing(r -> r.revision().newDue()));
        b.flow.h2(sect, "Revised due dates (" + revisions.size() + ")", 60);
        TableWriter rt = new TableWriter(b.cursor, sect, List.of(Column.left("Ref", 9), Column.left("Was", 11), Column.left("Now", 11),
                Column.right("Moved", 8), Column.left("Reason for delay", 21), Column.left("Interim control", 21), Column.left("Approved by", 19)), 8, true);
        List<List<Cell>> revisionRows = new ArrayList<>();
        for (Row row : revisions) {
            if (++n % 200 == 0) b.checkCancelled();
            DateRevision r = row.revision();
            boolean drift = plan.drift(row.action()).flagged();
            revisionRows.add(List.of(Cell.bold(row.action().ref() + (drift ? "\nDrift" : "")), Cell.of(Dates.uk(r.oldDue())), Cell.of(Dates.uk(r.newDue())),
                    Cell.of(r.shiftText()), Cell.of(r.reason()), Cell.of(r.interimControl()),
                    r.pending() ? Cell.coloured("Pending approval", Face.BOLD, Palette.RED_TEXT) : Cell.of(r.approvedBy() + ", " + Dates.uk(r.approvedOn()))));
        }
        rt.addAll(revisionRows);
        rt.finish("No due date has been revised.");
    }

    private record Row(Action action, DateRevision revision) {}
}
