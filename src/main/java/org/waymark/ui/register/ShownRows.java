package org.waymark.ui.register;

import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one place that decides how the register table's items change: a new plan revision replaces them, a sort
 * re-orders them, and a filter change on an unsorted table narrows or widens them in place (see {@link RowList}).
 * Kept apart from the view so a property test can drive exactly this code against a plain reference list.
 */
final class ShownRows {

    private final TableView<RegisterRow> table;
    private final RowList shown = new RowList();
    private List<RegisterRow> rows = List.of();
    private boolean reset = true;
    private boolean sortChanged;

    ShownRows(TableView<RegisterRow> table) {
        this.table = table;
        table.setItems(shown);
    }

    /** Rows for a new plan revision, in plan order; the next {@link #show} replaces the items. */
    void load(List<RegisterRow> planRows) {
        rows = planRows;
        reset = true;
    }

    /** The table's sort order changed; the next {@link #show} re-orders the items. */
    void sortChanged() { sortChanged = true; }

    List<RegisterRow> rows() { return rows; }

    /** Shows the rows that pass {@code p}, in the table's sort order (plan order when unsorted); returns how many. */
    int show(Predicate<RegisterRow> p) {
        List<RegisterRow> out = new ArrayList<>(rows.size());
        for (RegisterRow r : rows) if (p.test(r)) out.add(r);
        var comparator = table.getComparator();
        if (comparator != null) out.sort(comparator);
        // The flags are cleared first and reset last: if a listener fails part-way, the next change starts from a
        // full replacement rather than building on items that may not be what was meant.
        RegisterRow selected = table.getSelectionModel().getSelectedItem();
        boolean replace = reset || comparator != null || sortChanged;
        reset = true;
        sortChanged = false;
        if (replace) shown.replaceAll(out);
        else shown.filterTo(out);
        reset = false;
        keepSelection(selected);
        return out.size();
    }

    /**
     * The selection follows the action: selected again where it now is (a new revision has new row objects), or
     * nothing is selected if it is no longer shown. The table's selection model shifts indices itself, but not
     * reliably for changes with several parts, so the outcome is set here rather than trusted.
     */
    private void keepSelection(RegisterRow selected) {
        var selection = table.getSelectionModel();
        if (selected == null) {
            if (!selection.isEmpty()) selection.clearSelection();
            return;
        }
        List<RegisterRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).actionId() == selected.actionId()) {
                if (selection.getSelectedIndex() != i || selection.getSelectedItem() != items.get(i)) selection.clearAndSelect(i);
                return;
            }
        }
        selection.clearSelection();
    }
}
