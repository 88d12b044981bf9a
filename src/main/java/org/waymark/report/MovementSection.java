package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.Movement;
import org.waymark.domain.Snapshot;
import org.waymark.domain.SnapshotRow;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What changed since the previous board's snapshot: newly Red, newly Blue, slipped, reopened, added, removed. */
final class MovementSection implements SectionModel {

    @Override public PackSection section() { return PackSection.MOVEMENT; }

    @Override public Section build(PackContent c) {
        List<Block> blocks = new ArrayList<>();
        if (c.baseline().isEmpty()) {
            blocks.add(Block.Paragraph.of("There is no snapshot from an earlier board meeting, so movement cannot be shown yet. "
                    + "Take a snapshot before each board; the next pack will show what moved."));
            return new Section("movement", section().title(), false, true, blocks);
        }
        Snapshot base = c.baseline().get();
        String meeting = c.plan().boardMeetings().stream().filter(m -> m.id() == base.boardMeetingId()).findFirst()
                .map(BoardMeeting::name).orElse(base.label());
        blocks.add(Block.Paragraph.of("Compared with the snapshot taken for " + meeting + " on "
                + Dates.uk(base.takenAt().atZone(ZoneId.systemDefault()).toLocalDate()) + ", as at " + Dates.uk(c.today()) + "."));
        Movement m = c.movement();
        List<List<Cell>> counts = List.of(
                count("Newly Red", m.newlyRed().size()), count("Newly Blue (complete and assured)", m.newlyBlue().size()),
                count("Due date slipped", m.slipped().size()), count("Reopened", m.reopened().size()),
                count("Added since", m.added().size()), count("Removed since", m.removed().size()));
        blocks.add(new Block.Table("Movement since the last board", List.of(Column.left("Change", 60), Column.right("Actions", 20)), counts, ""));
        changes(blocks, "Newly Red", m.newlyRed());
        changes(blocks, "Newly Blue", m.newlyBlue());
        changes(blocks, "Due date slipped", m.slipped());
        changes(blocks, "Reopened", m.reopened());
        rows(blocks, "Added since the last board", m.added());
        rows(blocks, "Removed since the last board", m.removed());
        return new Section("movement", section().title(), false, true, blocks);
    }

    private static List<Cell> count(String label, int n) { return List.of(Cell.of(label), Cell.bold(String.valueOf(n))); }

    private static void changes(List<Block> blocks, String title, List<Movement.Change> changes) {
        if (changes.isEmpty()) return;
        blocks.add(new Block.Heading(title + " (" + changes.size() + ")"));
        List<List<Cell>> rows = new ArrayList<>();
        for (Movement.Change c : changes) {
            rows.add(List.of(Cell.bold(c.ref()), Cell.of(c.after().title()), Cell.brag(c.before().brag()), Cell.brag(c.after().brag()),
                    Cell.of(Dates.uk(c.before().currentDue())), Cell.of(Dates.uk(c.after().currentDue()))));
        }
        blocks.add(new Block.Table(title, List.of(Column.left("Ref", 9), Column.left("Action", 39), Column.left("Then", 13),
                Column.left("Now", 13), Column.left("Due then", 13), Column.left("Due now", 13)), rows, ""));
    }

    private static void rows(List<Block> blocks, String title, List<SnapshotRow> rows) {
        if (rows.isEmpty()) return;
        blocks.add(new Block.Heading(title + " (" + rows.size() + ")"));
        blocks.add(new Block.Table(title, List.of(Column.left("Ref", 9), Column.left("Action", 52), Column.left("BRAG", 13),
                Column.left("Due", 13), Column.left("Status", 13)), rows.stream().map(r -> List.of(Cell.bold(r.ref()), Cell.of(r.title()),
                Cell.brag(r.brag()), Cell.of(Dates.uk(r.currentDue())), Cell.of(r.status().label()))).toList(), ""));
    }
}
