package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.Action;
import org.waymark.domain.Brag;
import org.waymark.domain.BragCounts;
import org.waymark.domain.DeadlineCountdown;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each Section 29A warning-notice requirement against its own deadline, with the state of its actions. */
final class WarningNoticeSection implements SectionModel {

    @Override public PackSection section() { return PackSection.WARNING_NOTICES; }

    @Override public Section build(PackContent c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of("CQC re-inspects after the latest deadline. Days left are counted from " + Dates.uk(c.today())
                + "; a requirement is met when all its actions are Blue (complete and assured)."));
        Map<Long, BragCounts> byRequirement = new HashMap<>();
        for (Action a : c.plan().actions()) {
            if (a.requirementId() == null) continue;
            byRequirement.computeIfAbsent(a.requirementId(), k -> new BragCounts()).add(c.plan().brag(a, c.today()).brag());
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (DeadlineCountdown d : c.readiness().deadlines()) {
            BragCounts bc = byRequirement.getOrDefault(d.requirement().id(), new BragCounts());
            String days = d.daysLeft() >= 0 ? String.valueOf(d.daysLeft()) : "Passed\n" + Words.count(-d.daysLeft(), "day", "days") + " ago";
            String state = Words.count(d.actions(), "action", "actions") + "\nR " + bc.get(Brag.RED) + " · A " + bc.get(Brag.AMBER)
                    + " · G " + bc.get(Brag.GREEN) + " · B " + bc.get(Brag.BLUE);
            Cell compliance = d.met() ? Cell.good("Met") : d.daysLeft() < 0 ? Cell.bad("Deadline passed") : Cell.strong("Open");
            rows.add(List.of(Cell.bold(d.requirement().ref()), Cell.of(d.requirement().text()), Cell.of(Dates.uk(d.requirement().deadline())),
                    d.daysLeft() < 0 && !d.met() ? Cell.bad(days) : Cell.of(days), Cell.of(state), compliance));
        }
        blocks.add(new Block.Table("Warning-notice requirements and their deadlines", List.of(Column.left("Ref", 8), Column.left("Requirement", 33),
                Column.left("Deadline", 12), Column.right("Days left", 13), Column.left("Actions' state", 21), Column.left("Compliance", 13)),
                rows, "The plan holds no warning-notice requirements with deadlines."));
        return new Section("notices", section().title(), false, true, blocks);
    }
}
