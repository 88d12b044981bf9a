package org.waymark.ui.register;

import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register table's items. A filter change is announced as additions, then removals, never as one
 * replacement: TableView throws away and re-creates every cell on a replacement (or when all rows are removed),
 * which costs far more than the filtering itself. Rows keep the plan's order unless the table is sorted.
 */
final class RowList extends ObservableListBase<RegisterRow> {

    private List<RegisterRow> items = new ArrayList<>();
    private Map<RegisterRow, Integer> rank = new IdentityHashMap<>();

    @Override public RegisterRow get(int index) { return items.get(index); }

    @Override public int size() { return items.size(); }

    /** New rows for a new plan revision: a full replacement is right here. */
    void reset(List<RegisterRow> all, List<RegisterRow> shown) {
        rank = new IdentityHashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) rank.put(all.get(i), i);
        replaceAll(shown);
    }

    /** Shows rows in the order given (a sorted table), as one replacement. */
    void replaceAll(List<RegisterRow> target) {
        List<RegisterRow> old = items;
        items = new ArrayList<>(target);
        beginChange();
        nextReplace(0, items.size(), old);
        endChange();
    }

    /** Moves to {@code target}, a subsequence of the rows in plan order, by adding what is new and then removing what went. */
    void filterTo(List<RegisterRow> target) {
        BitSet wanted = new BitSet(rank.size());
        for (RegisterRow r : target) wanted.set(rank.get(r));
        List<RegisterRow> union = new ArrayList<>(items.size() + target.size());
        int i = 0;
        int j = 0;
        beginChange();
        while (i < items.size() || j < target.size()) {
            RegisterRow a = i < items.size() ? items.get(i) : null;
            RegisterRow b = j < target.size() ? target.get(j) : null;
            int ra = a == null ? Integer.MAX_VALUE : rank.get(a);
            int rb = b == null ? Integer.MAX_VALUE : rank.get(b);
            if (ra < rb) {
                union.add(a);
                i++;
            } else if (rb < ra) {
                union.add(b);
                nextAdd(union.size() - 1, union.size());
                j++;
            } else {
                union.add(a);
                i++;
                j++;
            }
        }
        items = union;
        endChange();

        List<RegisterRow> out = new ArrayList<>(target.size());
        beginChange();
        for (RegisterRow r : union) {
            if (wanted.get(rank.get(r))) out.add(r);
            else nextRemove(out.size(), r);
        }
        items = out;
        endChange();
    }
}
