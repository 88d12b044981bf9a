package org.waymark.domain.spc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The summary boards read beside the charts: measures grouped by variation (improving, concerning, neither,
 * common cause, too few points) and assurance (passing, hit and miss, failing, none).
 */
public final class SpcMatrix {

    public enum Row {
        IMPROVEMENT("Special cause improvement"), CONCERN("Special cause concern"), NEITHER("Special cause, neither"),
        COMMON_CAUSE("Common cause"), NONE("Too few points for limits");

        private final String label;

        Row(String label) { this.label = label; }

        public String label() { return label; }

        static Row of(VariationIcon v) {
            return switch (v.colour()) {
                case BLUE -> IMPROVEMENT;
                case ORANGE -> CONCERN;
                case PURPLE -> NEITHER;
                case GREY -> COMMON_CAUSE;
                case NONE -> NONE;
            };
        }
    }

    /** Columns in the order boards read them: passing first. */
    public static final List<AssuranceIcon> COLUMNS = List.of(AssuranceIcon.PASS, AssuranceIcon.HIT_AND_MISS, AssuranceIcon.FAIL, AssuranceIcon.NONE);

    private final Map<Row, Map<AssuranceIcon, List<String>>> cells = new EnumMap<>(Row.class);

    public SpcMatrix(List<MetricSpc> metrics) {
        for (Row r : Row.values()) {
            Map<AssuranceIcon, List<String>> row = new EnumMap<>(AssuranceIcon.class);
            for (AssuranceIcon a : COLUMNS) row.put(a, new ArrayList<>());
            cells.put(r, row);
        }
        for (MetricSpc m : metrics) cells.get(Row.of(m.result().variation())).get(m.result().assurance()).add(m.metric().name());
    }

    /** The measure names in one cell, in plan order. */
    public List<String> cell(Row row, AssuranceIcon column) { return List.copyOf(cells.get(row).get(column)); }

    /** Rows that hold at least one measure, so an empty category does not take a line. */
    public List<Row> rows() {
        return java.util.Arrays.stream(Row.values()).filter(r -> cells.get(r).values().stream().anyMatch(l -> !l.isEmpty())).toList();
    }
}
