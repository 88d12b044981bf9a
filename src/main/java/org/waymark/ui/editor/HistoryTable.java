package org.waymark.ui.editor;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.app.ActionHistory;

import java.util.function.Function;

/** The History tab: every audited change to the action, newest first, in words, with long text wrapped not cut. */
final class HistoryTable {

    private HistoryTable() {}

    static Node of(ObservableList<ActionHistory.Line> lines) {
        TableView<ActionHistory.Line> table = new TableView<>(lines);
        table.setId("history-table");
        table.setAccessibleText("History of changes to this action");
        org.waymark.ui.widgets.TableHeaders.neverTruncate(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label none = new Label("No changes recorded for this action.");
        none.getStyleClass().add("empty-state");
        table.setPlaceholder(none);
        TableColumn<ActionHistory.Line, String> when = column("When", 0.16, ActionHistory.Line::when);
        when.setMinWidth(126);   // "02/12/2026 07:10" on one line
        table.getColumns().add(when);
        table.getColumns().add(column("Who", 0.18, ActionHistory.Line::who));
        table.getColumns().add(column("What", 0.18, ActionHistory.Line::what));
        table.getColumns().add(column("Change", 0.28, ActionHistory.Line::change));
        table.getColumns().add(column("Why", 0.20, ActionHistory.Line::why));
        VBox box = new VBox(8, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(14, 16, 14, 16));
        return box;
    }

    /** A column taking its share of the table's width whose cells wrap their text onto as many lines as it needs. */
    private static TableColumn<ActionHistory.Line, String> column(String name, double share, Function<ActionHistory.Line, String> value) {
        TableColumn<ActionHistory.Line, String> c = new TableColumn<>(name);
        c.setMinWidth(70);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            // A Text wraps at a set width and reports its real height, so each row grows to fit its longest cell.
            private final Text text = new Text();
            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                text.getStyleClass().add("history-text");
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                getStyleClass().add("history-cell");
            }
            @Override protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty ? null : s);
                setGraphic(empty ? null : text);
                setAccessibleText(empty ? null : name + ": " + s);
            }
        });
        // The constrained policy shares the table's width out in proportion to these widths.
        c.setPrefWidth(share * 1000);
        return c;
    }
}
