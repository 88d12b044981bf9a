package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.domain.Action;
import org.waymark.domain.Plan;
import org.waymark.domain.Requirement;
import org.waymark.domain.regulation.RegimeStep;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.Section;
import org.waymark.report.model.TimelineData;
import org.waymark.report.model.TimelineData.Bar;
import org.waymark.report.model.TimelineData.Group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Gantt of the actions grouped by requirement, from the earliest start to the latest due date or the board. */
final class TimelineSection implements SectionModel {

    @Override public PackSection section() { return PackSection.TIMELINE; }

    @Override public Section build(PackContent c) {
        Plan plan = c.plan();
        LocalDate today = c.today();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of("Bars run from start to current due date, in BRAG colour with the letter. A tick across the bar marks the original due date "
                + "where it has slipped. Dashed lines: red for today (" + Dates.uk(today) + "), blue for this board (" + Dates.uk(c.meeting().meetingDate())
                + "). A diamond marks a warning-notice deadline. Titles are shortened; the appendix gives them in full."
                + (c.regimeSteps().isEmpty() ? "" : " A purple line and flag on the top row mark each step in the oversight regime, with its words;"
                + " the regime history in Exit readiness lists them in full.")));
        if (plan.actions().isEmpty()) {
            blocks.add(Block.Paragraph.of("The plan holds no actions."));
            return new Section("timeline", section().title(), true, true, blocks);
        }
        Map<String, List<Action>> groups = new LinkedHashMap<>();
        Map<String, Optional<Requirement>> requirements = new LinkedHashMap<>();
        List<Action> sorted = new ArrayList<>(plan.actions());
        sorted.sort(Comparator.comparing((Action a) -> plan.requirement(a.requirementId()).map(Requirement::ref).orElse("\uffff"))
                .thenComparing(Action::ref));
        for (Action a : sorted) {
            Optional<Requirement> r = plan.requirement(a.requirementId());
            String g = r.map(x -> x.ref() + "  " + x.text()).orElse("Actions not linked to a requirement");
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(a);
            requirements.putIfAbsent(g, r);
        }
        LocalDate from = today, to = today;
        List<Group> out = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (Map.Entry<String, List<Action>> g : groups.entrySet()) {
            List<Bar> bars = new ArrayList<>();
            Optional<Requirement> req = requirements.get(g.getKey());
            for (Action a : g.getValue()) {
                for (LocalDate d : new LocalDate[]{a.start(), a.originalDue(), a.currentDue()}) {
                    if (d == null) continue;
                    if (d.isBefore(from)) from = d;
                    if (d.isAfter(to)) to = d;
                }
                Bar bar = new Bar(a.ref(), a.title(), a.start(), a.currentDue(), a.originalDue(), plan.brag(a, today).brag());
                bars.add(bar);
                rows.add(List.of(Cell.bold(a.ref()), Cell.of(req.map(Requirement::ref).orElse("—")), Cell.of(Dates.uk(a.start())),
                        Cell.of(Dates.uk(a.currentDue())), Cell.of(bar.slipped() ? Dates.uk(a.originalDue()) : ""), Cell.brag(bar.brag())));
            }
            out.add(new Group(g.getKey(), req.map(Requirement::deadline).orElse(null), bars));
        }
        if (c.meeting().meetingDate().isAfter(to)) to = c.meeting().meetingDate();
        for (RegimeStep s : c.regimeSteps()) {
            if (s.date().isBefore(from)) from = s.date();
            if (s.date().isAfter(to)) to = s.date();
        }
        TimelineData data = new TimelineData(from.withDayOfMonth(1), to.plusMonths(1).withDayOfMonth(1), today, c.meeting().meetingDate(), out,
                c.regimeSteps());
        Block.Table table = new Block.Table("Timeline: dates of each action", List.of(Column.left("Ref", 12), Column.left("Requirement", 16),
                Column.left("Start", 16), Column.left("Due", 16), Column.left("Original due", 16), Column.left("BRAG", 24)), rows, "");
        blocks.add(new Block.Timeline("Timeline of actions grouped by requirement", data, table));
        return new Section("timeline", section().title(), true, true, blocks);
    }

    /** The regime steps for a figure's alternative text: "Regime steps: 01/10/2025, Entered, now in …." */
    static String steps(List<RegimeStep> steps) {
        if (steps.isEmpty()) return "";
        StringBuilder s = new StringBuilder(" Regime steps: ");
        for (RegimeStep r : steps) s.append(Dates.uk(r.date())).append(", ").append(r.words()).append("; ");
        return s.toString().stripTrailing();
    }

    /** The figure's alternative text for bars {@code start} (inclusive) to {@code end} (exclusive) of the flattened list. */
    static String alt(List<Bar> bars, int start, int end) {
        StringBuilder s = new StringBuilder("Timeline of actions ").append(start + 1).append(" to ").append(end).append(" of ").append(bars.size())
                .append(", grouped by requirement. ");
        for (int i = start; i < end; i++) {
            Bar a = bars.get(i);
            s.append(a.ref()).append(": ").append(Dates.uk(a.start())).append(" to ").append(Dates.uk(a.due()));
            if (a.slipped()) s.append(" (originally ").append(Dates.uk(a.originalDue())).append(")");
            s.append(", ").append(a.brag().label()).append("; ");
        }
        return s.toString().strip();
    }
}
