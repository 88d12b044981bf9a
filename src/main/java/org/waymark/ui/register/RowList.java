package org.waymark.ui.register;

import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The register table's items. A filter change is announced as additions, then removals, never as one
 * replacement: TableView throws away and re-creates every cell on a replacement (or when all rows are removed),
 * which costs far more than the filtering itself. Rows keep the plan's order unless the table is sorted.
 */
final class RowList extends ObservableListBase<RegisterRow> {

    private List<RegisterRow> items = new ArrayList<>();
    private int size;

    @Override public RegisterRow get(int index) { return items.get(index); }

    @Override public int size() { return items.size(); }

    /** New rows for a new plan revision: a full replacement is right here. */
    void reset(List<RegisterRow> all, List<RegisterRow> shown) {
        size = all.size();
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
        BitSet wanted = new BitSet(size);
        for (RegisterRow r : target) wanted.set(r.order());
        List<RegisterRow> union = new ArrayList<>(items.size() + target.size());
        Runs added = new Runs();
        int i = 0;
        int j = 0;
        while (i < items.size() || j < target.size()) {
            RegisterRow a = i < items.size() ? items.get(i) : null;
            RegisterRow b = j < target.size() ? target.get(j) : null;
            int ra = a == null ? Integer.MAX_VALUE : a.order();
            int rb = b == null ? Integer.MAX_VALUE : b.order();
            if (rb < ra) {
                added.add(union.size(), null);
                union.add(b);
                j++;
            } else {
                union.add(a);
                i++;
                if (ra == rb) j++;
            }
        }
        items = union;
        if (!added.isEmpty()) fireChange(added.change(this));

        List<RegisterRow> out = new ArrayList<>(target.size());
        Runs removed = new Runs();
        for (RegisterRow r : union) {
            if (wanted.get(r.order())) out.add(r);
            else removed.add(out.size(), r);
        }
        items = out;
        if (!removed.isEmpty()) fireChange(removed.change(this));
    }

    /**
     * Contiguous runs of added or removed rows, made into one change directly: the general change builder
     * re-indexes earlier parts on every call, which is quadratic in the number of runs.
     */
    private static final class Runs {
        private final List<int[]> spans = new ArrayList<>();
        private final List<List<RegisterRow>> removed = new ArrayList<>();

        /** An added row at {@code at} (row null), or a row removed at {@code at} in the final list. */
        void add(int at, RegisterRow row) {
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (row == null) {
                if (last != null && last[1] == at) last[1] = at + 1;
                else spans.add(new int[]{at, at + 1});
            } else {
                if (last != null && last[0] == at) removed.get(removed.size() - 1).add(row);
                else {
                    spans.add(new int[]{at, at});
                    List<RegisterRow> r = new ArrayList<>();
                    r.add(row);
                    removed.add(r);
                }
            }
        }

        boolean isEmpty() { return spans.isEmpty(); }

        javafx.collections.ListChangeListener.Change<RegisterRow> change(RowList list) {
            return new javafx.collections.ListChangeListener.Change<>(list) {
                private int cursor = -1;
                @Override public boolean next() { return ++cursor < spans.size(); }
                @Override public void reset() { cursor = -1; }
                @Override public int getFrom() { return spans.get(cursor)[0]; }
                @Override public int getTo() { return spans.get(cursor)[1]; }
                @Override public List<RegisterRow> getRemoved() { return removed.isEmpty() ? List.of() : removed.get(cursor); }
                @Override protected int[] getPermutation() { return new int[0]; }
            };
        }
    }
}
