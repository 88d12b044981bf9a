package org.waymark.ui.notices;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Which lines of a tree were open and which was chosen, kept by a key that outlives the items, because every edit
 * rebuilds the tree from the plan and the user should find it as they left it.
 */
final class TreeMemory<T> {

    private final TreeTableView<T> tree;
    private final Function<T, String> key;
    private final Set<String> expanded = new HashSet<>();
    private String chosen;

    TreeMemory(TreeTableView<T> tree, Function<T, String> key) {
        this.tree = tree;
        this.key = key;
    }

    /** Before a rebuild: what is open and chosen now. */
    void remember() {
        if (tree.getRoot() == null) return;
        expanded.clear();
        collect(tree.getRoot());
        TreeItem<T> s = tree.getSelectionModel().getSelectedItem();
        chosen = s == null || s.getValue() == null ? null : key.apply(s.getValue());
    }

    /** True before the first build, when nothing has been opened yet. */
    boolean isEmpty() { return expanded.isEmpty(); }

    boolean isExpanded(T line) { return expanded.contains(key.apply(line)); }

    /** Opens a line at the next build, e.g. the parent of a line just added. */
    void expand(String lineKey) { expanded.add(lineKey); }

    /** After a rebuild: the same line chosen again, if it is still there. */
    void restore(TreeItem<T> top) { if (chosen != null) select(top); }

    private boolean select(TreeItem<T> item) {
        for (TreeItem<T> c : item.getChildren()) {
            if (chosen.equals(key.apply(c.getValue()))) { tree.getSelectionModel().select(c); return true; }
            if (select(c)) return true;
        }
        return false;
    }

    private void collect(TreeItem<T> item) {
        for (TreeItem<T> c : item.getChildren()) {
            if (c.isExpanded()) expanded.add(key.apply(c.getValue()));
            collect(c);
        }
    }
}
