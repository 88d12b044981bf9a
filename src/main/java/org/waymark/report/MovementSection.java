package org.waymark.report;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.app.PackSection;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.Movement;
import org.waymark.domain.Snapshot;
import org.waymark.domain.SnapshotRow;
import org.waymark.report.layout.TableWriter;
import org.waymark.report.layout.TableWriter.Cell;
import org.waymark.report.layout.TableWriter.Column;

import java.util.List;

/** What changed since the previous board's snapshot: newly Red, newly Blue, slipped, reopened, added, removed. */
final class MovementSection implements SectionWriter {

    @Override public PackSection section() { return PackSection.MOVEMENT; }

    @Override public void write(PackBuilder b) {
        PDStructureElement sect = b.section(section().title(), false, true);
        if (b.content.baseline().isEmpty()) {
            b.flow.paragraph(sect, "There is no snapshot from an earlier board meeting, so movement cannot be shown yet. "
                    + "Take a snapshot before each board; the next pack will show what moved.");
            return;
        }
        Snapshot base = b.content.baseline().get();
        String meeting = b.content.plan().boardMeetings().stream().filter(m -> m.id() == base.boardMeetingId()).findFirst()
                .map(BoardMeeting::name).orElse(base.label());
        b.flow.paragraph(sect, "Compared with the snapshot taken for " + meeting + " on "
                + Dates.uk(base.takenAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()) + ", as at " + Dates.uk(b.content.today()) + ".");
        Movement m = b.content.movement();
        TableWriter t = new TableWriter(b.cursor, sect, List.of(Column.left("Change", 60), Column.right("Actions", 20)), 9, true);
        t.add(List.of(Cell.of("Newly Red"), Cell.bold(String.valueOf(m.newlyRed().size()))));
        t.add(List.of(Cell.of("Newly Blue (complete and assured)"), Cell.bold(String.valueOf(m.newlyBlue().size()))));
        t.add(List.of(Cell.of("Due date slipped"), Cell.bold(String.valueOf(m.slipped().size()))));
        t.add(List.of(Cell.of("Reopened"), Cell.bold(String.valueOf(m.reopened().size()))));
        t.add(List.of(Cell.of("Added since"), Cell.bold(String.valueOf(m.added().size()))));
        t.add(List.of(Cell.of("Removed since"), Cell.bold(String.valueOf(m.removed().size()))));
        t.finish("");
        changes(b, sect, "Newly Red", m.newlyRed());
        changes(b, sect, "Newly Blue", m.newlyBlue());
        changes(b, sect, "Due date slipped", m.slipped());
        changes(b, sect, "Reopened", m.reopened());
        rows(b, sect, "Added since the last board", m.added());
        rows(b, sect, "Removed since the last board", m.removed());
    }

    private static void changes(PackBuilder b, PDStructureElement sect, String title, List<Movement.Change> changes) {
        if (changes.isEmpty()) return;
        b.flow.h2(sect, title + " (" + changes.size() + ")", 50);
        TableWriter t = new TableWriter(b.cursor, sect, List.of(Column.left("Ref", 9), Column.left("Action", 39), Column.left("Then", 13),
                Column.left("Now", 13), Column.left("Due then", 13), Column.left("Due now", 13)), 8, true);
        List<List<Cell>> rows = new java.util.ArrayList<>();
        for (Movement.Change c : changes) {
            rows.add(List.of(Cell.bold(c.ref()), Cell.of(c.after().title()), Cell.brag(c.before().brag()), Cell.brag(c.after().brag()),
                    Cell.of(Dates.uk(c.before().currentDue())), Cell.of(Dates.uk(c.after().currentDue()))));
        }
        t.addAll(rows);
        t.finish("");
    }

    private static void rows(PackBuilder b, PDStructureElement sect, String title, List<SnapshotRow> rows) {
        if (rows.isEmpty()) return;
        b.flow.h2(sect, title + " (" + rows.size() + ")", 50);
        TableWriter t = new TableWriter(b.cursor, sect, List.of(Column.left("Ref", 9), Column.left("Action", 52), Column.left("BRAG", 13),
                Column.left("Due", 13), Column.left("Status", 13)), 8, true);
        t.addAll(rows.stream().map(r -> List.of(Cell.bold(r.ref()), Cell.of(r.title()), Cell.brag(r.brag()), Cell.of(Dates.uk(r.currentDue())),
                Cell.of(r.status().label()))).toList());
        t.finish("");
    }
}
