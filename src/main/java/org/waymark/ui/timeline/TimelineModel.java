package org.waymark.ui.timeline;

import org.waymark.app.regulation.Regulation;
import org.waymark.domain.Action;
import org.waymark.domain.Brag;
import org.waymark.domain.Inspection;
import org.waymark.domain.Milestone;
import org.waymark.domain.Plan;
import org.waymark.domain.Requirement;
import org.waymark.domain.SourceKind;
import org.waymark.domain.regulation.RegimeStep;
import org.waymark.domain.regulation.RegulationCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Gantt's rows and markers, built off the FX thread: a header row per group, then a bar per action from its
 * start to its current due date, with the original due date and milestones, and markers for dates that concern the
 * whole plan (today, deadlines, inspections, boards and each step of the regime history). Pure Java, so it can be
 * tested alone.
 */
public record TimelineModel(List<Row> rows, List<Marker> markers, LocalDate from, LocalDate to, Grouping grouping) {

    /** A line of the Gantt. */
    public sealed interface Row permits GroupRow, BarRow {}

    public record GroupRow(String label, int count) implements Row {}

    public record BarRow(long actionId, String ref, String title, LocalDate start, LocalDate originalDue, LocalDate currentDue,
                         Brag brag, List<Milestone> milestones) implements Row {
        /** Where the bar begins: the start date, or the due date when the action has no start. */
        public LocalDate barStart() {
            LocalDate end = barEnd();
            return start != null ? start : end;
        }
        public LocalDate barEnd() { return currentDue != null ? currentDue : originalDue != null ? originalDue : start; }
        public boolean slipped() { return originalDue != null && currentDue != null && currentDue.isAfter(originalDue); }
    }

    /**
     * A vertical line across the chart: today, a warning-notice deadline, an inspection, a board meeting, or a step of
     * the regime history (labelled in the regime's words).
     */
    public record Marker(LocalDate date, Kind kind, String label) {
        public enum Kind { TODAY, DEADLINE, INSPECTION, BOARD, REGIME }
    }

    public static TimelineModel build(Plan plan, LocalDate today, Grouping grouping) {
        return build(plan, today, grouping, Regulation.catalogue());
    }

    public static TimelineModel build(Plan plan, LocalDate today, Grouping grouping, RegulationCatalogue catalogue) {
        Function<Action, String> groupOf = groupFunction(plan, grouping);
        Map<String, List<BarRow>> groups = new TreeMap<>(Comparator.comparing(TimelineModel::sortKey).thenComparing(Comparator.naturalOrder()));
        LocalDate min = today, max = today;
        for (Action a : plan.actions()) {
            BarRow bar = new BarRow(a.id(), a.ref(), a.title(), a.start(), a.originalDue(), a.currentDue(),
                    plan.brag(a, today).brag(), plan.milestonesOf(a.id()));
            if (bar.barEnd() == null) continue;
            groups.computeIfAbsent(groupOf.apply(a), k -> new ArrayList<>()).add(bar);
            if (bar.barStart().isBefore(min)) min = bar.barStart();
            if (bar.barEnd().isAfter(max)) max = bar.barEnd();
            if (bar.originalDue() != null && bar.originalDue().isAfter(max)) max = bar.originalDue();
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((label, bars) -> {
            bars.sort(Comparator.comparing(BarRow::barStart).thenComparing(BarRow::ref));
            rows.add(new GroupRow(label, bars.size()));
            rows.addAll(bars);
        });
        List<RegimeStep> steps = RegimeStep.of(plan.regimeHistory(), catalogue);
        // The span reaches every regime step, so each is marked even when the trust entered long before its first action.
        for (RegimeStep s : steps) {
            if (s.date().isBefore(min)) min = s.date();
            if (s.date().isAfter(max)) max = s.date();
        }
        List<Marker> markers = markers(plan, today, steps);
        return new TimelineModel(rows, markers, min.withDayOfMonth(1).minusMonths(1), max.withDayOfMonth(1).plusMonths(2), grouping);
    }

    private static List<Marker> markers(Plan plan, LocalDate today, List<RegimeStep> steps) {
        List<Marker> out = new ArrayList<>();
        out.add(new Marker(today, Marker.Kind.TODAY, "Today"));
        for (Requirement r : plan.requirements()) {
            boolean warning = r.deadline() != null && plan.source(r.sourceId()).map(s -> s.kind() == SourceKind.WARNING_NOTICE_S29A).orElse(false);
            if (warning) out.add(new Marker(r.deadline(), Marker.Kind.DEADLINE, "Warning notice " + r.ref() + " deadline"));
        }
        for (Inspection i : plan.inspections()) if (i.visitStart() != null) out.add(new Marker(i.visitStart(), Marker.Kind.INSPECTION, i.label()));
        plan.boardMeetings().forEach(m -> out.add(new Marker(m.meetingDate(), Marker.Kind.BOARD, m.name())));
        steps.forEach(s -> out.add(new Marker(s.date(), Marker.Kind.REGIME, s.words())));
        out.sort(Comparator.comparing(Marker::date));
        return out;
    }

    private static Function<Action, String> groupFunction(Plan plan, Grouping grouping) {
        return switch (grouping) {
            case REQUIREMENT -> a -> plan.requirement(a.requirementId()).map(r -> r.ref() + "  " + r.text()).orElse("No requirement");
            case THEME -> a -> plan.themes().stream().filter(t -> a.themeId() != null && t.id() == a.themeId()).findFirst()
                    .map(t -> t.name()).orElse("No theme");
            case OWNER -> a -> plan.person(a.executiveLeadId()).map(p -> p.name()).orElse("No executive lead");
        };
    }

    /** Puts "No …" groups last and requirement refs in natural order (WN1, WN2 … MD10). */
    private static String sortKey(String label) {
        if (label.startsWith("No ")) return "\uffff";
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(label.split("  ")[0]);
        while (m.find()) b.append(Character.isDigit(m.group().charAt(0)) ? String.format("%08d", Long.parseLong(m.group().length() > 15 ? "0" : m.group())) : m.group());
        return b.toString();
    }
}
