package org.waymark.ui.widgets;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column at least as wide as its header's words, so that at 200 % zoom a table too wide for the window
 * scrolls sideways rather than cutting "Key question" to "Key qu…". The header's font changes with the zoom; the
 * minimum follows it.
 */
public final class TableHeaders {

    /** Room for the sort arrow beside the words. */
    private static final double ARROW = 16;

    /** A column's own floor for its cells' sake, kept under this key so that the header's minimum does not undo it. */
    private static final String CONTENT = "waymark.content-min";

    private TableHeaders() {}

    /**
     * Keeps a column at least {@code width} wide for what its cells show (a word that must not break), beside the
     * header's own minimum; it only ever grows.
     */
    public static void holdContent(TableColumnBase<?, ?> column, double width) {
        double held = contentMin(column);
        if (width <= held) return;
        column.getProperties().put(CONTENT, width);
        if (column.getMinWidth() < width) column.setMinWidth(width);
    }

    private static double contentMin(TableColumnBase<?, ?> column) {
        return column.getProperties().get(CONTENT) instanceof Double d ? d : 0;
    }

    /** For a table or tree table; columns added later, and a new skin, are hooked as they come. */
    public static void neverTruncate(Control table) {
        if (table.getProperties().putIfAbsent(TableHeaders.class, Boolean.TRUE) != null) return;
        table.skinProperty().addListener((o, was, skin) -> Platform.runLater(() -> hook(table)));
        if (table instanceof TableView<?> t) t.getColumns().addListener((javafx.collections.ListChangeListener<Object>) c -> Platform.runLater(() -> hook(table)));
        if (table instanceof TreeTableView<?> t) t.getColumns().addListener((javafx.collections.ListChangeListener<Object>) c -> Platform.runLater(() -> hook(table)));
        if (table.getSkin() != null) Platform.runLater(() -> hook(table));
    }

    /** Every table and tree table already in a view. */
    public static void neverTruncateIn(Node view) {
        for (Node n : view.lookupAll(".table-view")) if (n instanceof Control c) neverTruncate(c);
        for (Node n : view.lookupAll(".tree-table-view")) if (n instanceof Control c) neverTruncate(c);
    }

    @SuppressWarnings("deprecation")
    private static void hook(Control table) {
        // The old constrained policy squeezes columns below their minimum; its successor keeps them and scrolls.
        if (table instanceof TableView<?> t && t.getColumnResizePolicy() == TableView.CONSTRAINED_RESIZE_POLICY) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        if (table instanceof TreeTableView<?> t && t.getColumnResizePolicy() == TreeTableView.CONSTRAINED_RESIZE_POLICY) {
            t.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        table.applyCss();
        for (Node n : table.lookupAll(".column-header")) {
            if (!(n instanceof TableColumnHeader header) || header.getProperties().containsKey(TableHeaders.class)) continue;
            TableColumnBase<?, ?> column = header.getTableColumn();
            if (column == null || !(header.lookup(".label") instanceof Label words)) continue;
            header.getProperties().put(TableHeaders.class, Boolean.TRUE);
            Runnable fit = () -> {
                double min = Math.max(contentMin(column), Math.ceil(words.prefWidth(-1) + ARROW));
                column.setMinWidth(min);
                if (column.getMaxWidth() < min) column.setMaxWidth(min);   // a cap set for 100 % must not undo the minimum
            };
            words.fontProperty().addListener((o, a, b) -> fit.run());
            fit.run();
        }
    }
}
