package org.waymark.domain;

import java.util.List;
import java.util.Map;

/** The board's "are we on track to leave": counts, must-do assurance, deadlines, exit criteria and movement. */
public record ReadinessSummary(BragCounts overall, Map<KeyQuestion, BragCounts> byKeyQuestion,
                               Map<Long, BragCounts> byCoreService, Map<GridCell, BragCounts> grid,
                               int mustDoActions, int mustDoBlue, List<DeadlineCountdown> deadlines,
                               List<CriterionState> criteria, long monthsInRegime, int overdue, Movement sinceLastBoard) {

    public double mustDoBluePercent() { return mustDoActions == 0 ? 0 : 100.0 * mustDoBlue / mustDoActions; }

    public long criteriaMet() { return criteria.stream().filter(CriterionState::met).count(); }
}
