package org.waymark.ui.widgets;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;

import java.util.List;
import java.util.function.Supplier;

/**
 * The table alternative to a chart: the same figures as rows a screen reader can walk cell by cell and a
 * magnifier user can read without hunting along a line. Shown under the chart in a collapsed pane, as the HTML
 * pack puts each chart's data in a {@code <details>}.
 */
public final class DataTable {

    private DataTable() {}

    /** A read-only table of text; {@code caption} is its accessible name. Columns are sized to their headers. */
    public static TableView<List<String>> of(String caption, List<String> headers, List<List<String>> rows) {
        TableView<List<String>> t = new TableView<>();
        t.setAccessibleText(caption);
        t.getStyleClass().add("wm-data-table");
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (int i = 0; i < headers.size(); i++) {
            int col = i;
            TableColumn<List<String>, String> c = new TableColumn<>(headers.get(i));
            c.setCellValueFactory(f -> new ReadOnlyStringWrapper(col < f.getValue().size() ? f.getValue().get(col) : ""));
            c.setSortable(false);
            t.getColumns().add(c);
        }
        t.getItems().setAll(rows);
        TableHeaders.neverTruncate(t);
        t.setPlaceholder(new Label("No figures yet."));
        return t;
    }

    /**
     * A collapsed pane titled {@code title} that holds the table; the rows are worked out only when it is first
     * opened, so a view of many charts stays quick to show.
     */
    public static TitledPane details(String title, String caption, List<String> headers, Supplier<List<List<String>>> rows) {
        TitledPane p = new TitledPane();
        p.setText(title);
        p.setExpanded(false);
        p.setAnimated(false);
        p.getStyleClass().add("wm-data-details");
        p.expandedProperty().addListener((o, was, open) -> {
            if (open && p.getContent() == null) {
                TableView<List<String>> t = of(caption, headers, rows.get());
                t.setPrefHeight(Math.min(12, Math.max(3, t.getItems().size() + 1)) * 2.2 * 14);
                p.setContent(t);
            }
        });
        return p;
    }
}
