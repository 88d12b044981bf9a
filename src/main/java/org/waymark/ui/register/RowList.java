package org.waymark.ui.register;

import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The register table's items. A filter change is announced as one change of additions, then one of removals,
 * never as a replacement: TableView throws away and re-creates every cell on a replacement (or when all rows are
 * removed), which costs far more than the filtering itself. Both changes are built with JavaFX's own change
 * builder (rows visited in ascending order, so it only ever appends), which keeps every part of the Change
 * contract that the table's selection model relies on. Rows keep the plan's order unless the table is sorted.
 */
final class RowList extends ObservableListBase<RegisterRow> {

    private List<RegisterRow> items = new ArrayList<>();

    @Override public RegisterRow get(int index) { return items.get(index); }

    @Override public int size() { return items.size(); }

    /** Shows rows in the order given (a new plan revision, or a sorted table), as one replacement. */
    void replaceAll(List<RegisterRow> target) {
        List<RegisterRow> old = items;
        beginChange();
        items = new ArrayList<>(target);
        nextReplace(0, items.size(), old);
        endChange();
    }

    /**
     * Moves to {@code target}, a subsequence of the rows in plan order, by adding what is new and then removing
     * what went. The current items must be in plan order too (an unsorted table).
     */
    void filterTo(List<RegisterRow> target) {
        BitSet wanted = new BitSet();
        for (RegisterRow r : target) wanted.set(r.order());
        List<RegisterRow> union = new ArrayList<>(items.size() + target.size());
        beginChange();
        int i = 0;
        int j = 0;
        int addedFrom = -1;
        while (i < items.size() || j < target.size()) {
            int ra = i < items.size() ? items.get(i).order() : Integer.MAX_VALUE;
            int rb = j < target.size() ? target.get(j).order() : Integer.MAX_VALUE;
            if (rb < ra) {
                if (addedFrom < 0) addedFrom = union.size();
                union.add(target.get(j++));
                continue;
            }
            if (addedFrom >= 0) { nextAdd(addedFrom, union.size()); addedFrom = -1; }
            union.add(items.get(i++));
            if (ra == rb) j++;
        }
        if (addedFrom >= 0) nextAdd(addedFrom, union.size());
        items = union;
        endChange();

        List<RegisterRow> out = new ArrayList<>(target.size());
        List<RegisterRow> gone = new ArrayList<>();
        beginChange();
        for (RegisterRow r : union) {
            if (wanted.get(r.order())) {
                if (!gone.isEmpty()) { nextRemove(out.size(), gone); gone = new ArrayList<>(); }
                out.add(r);
            } else {
                gone.add(r);
            }
        }
        if (!gone.isEmpty()) nextRemove(out.size(), gone);
        items = out;
        endChange();
    }
}
