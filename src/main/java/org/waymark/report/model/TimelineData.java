package org.waymark.report.model;

import org.waymark.domain.Brag;
import org.waymark.domain.regulation.RegimeStep;

import java.time.LocalDate;
import java.util.List;

/**
 * What the timeline shows: the span of months, today and the board's date, the actions grouped by requirement, and
 * the steps of the regime history, each marked on its date with the regime's words.
 *
 * @param from the first day of the first month shown
 * @param to   the first day of the month after the last one shown
 */
public record TimelineData(LocalDate from, LocalDate to, LocalDate today, LocalDate meeting, List<Group> groups,
                           List<RegimeStep> regimeSteps) {

    public TimelineData {
        groups = List.copyOf(groups);
        regimeSteps = List.copyOf(regimeSteps);
    }

    /** A requirement (or the actions linked to none), its warning-notice deadline if any, and its actions. */
    public record Group(String label, LocalDate deadline, List<Bar> bars) {
        public Group {
            bars = List.copyOf(bars);
        }
    }

    /** One action's bar: start to current due date; the original due date when it has slipped. */
    public record Bar(String ref, String title, LocalDate start, LocalDate due, LocalDate originalDue, Brag brag) {

        public boolean slipped() { return originalDue != null && due != null && originalDue.isBefore(due); }
    }

    public int bars() { return groups.stream().mapToInt(g -> g.bars().size()).sum(); }
}
