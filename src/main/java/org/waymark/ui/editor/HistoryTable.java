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

import java.util.List;
import java.util.function.Function;

/** The History tab: every audited change to the action, newest first, in words, with long text wrapped not cut. */
final class HistoryTable {

    /** A column whose words are not broken: it grows to hold the longest one it shows, up to {@link #WIDEST_WORD}. */
    private static final String WHOLE_WORDS = "whole-words";
    /** Beyond this a word (a web address pasted into a reason) may break, rather than squeeze the other columns out. */
    private static final double WIDEST_WORD = 170;

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
        // When and who share a column, one above the other: five columns do not fit the editor beside the register
        // without breaking names and reasons inside their words. Its header stays the short "When": a longer one
        // outgrew the column at 150 % zoom while the tab was not shown (its widths are set again only when shown).
        TableColumn<ActionHistory.Line, String> whenWho = column("When", 0.22, l -> l.when() + "\n" + l.who());
        TableColumn<ActionHistory.Line, String> what = column("What", 0.20, ActionHistory.Line::what);
        TableColumn<ActionHistory.Line, String> why = column("Why", 0.22, ActionHistory.Line::why);
        // The change may hold a file name or a hash, which may break anywhere; the others are words, kept whole.
        for (TableColumn<ActionHistory.Line, String> c : List.of(whenWho, what, why)) c.getStyleClass().add(WHOLE_WORDS);
        table.getColumns().addAll(List.of(whenWho, what, column("Change", 0.36, ActionHistory.Line::change), why));
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
                // measured in the font the text is drawn in, which the style sheet and the zoom set after the first update
                text.fontProperty().addListener((o, a, b) -> holdWholeWords());
            }
            @Override protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty ? null : s);
                setGraphic(empty ? null : text);
                setAccessibleText(empty ? null : name + ": " + s);
                holdWholeWords();
            }
            /** "Improveme / nt lead" is hard to read: the column only ever grows, to its longest word. */
            private void holdWholeWords() {
                if (!col.getStyleClass().contains(WHOLE_WORDS) || text.getText() == null) return;
                double widest = org.waymark.ui.widgets.Wrapping.longestWord(text.getText(), text.getFont());
                org.waymark.ui.widgets.TableHeaders.holdContent(col, Math.min(WIDEST_WORD, Math.ceil(widest) + 16));
            }
        });
        // The constrained policy shares the table's width out in proportion to these widths.
        c.setPrefWidth(share * 1000);
        return c;
    }
}
