package org.waymark.ui.importing;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.waymark.app.PlanImporter.Report;
import org.waymark.app.PlanImporter.RowOutcome;

import java.util.List;
import java.util.function.Function;

/**
 * The import's third step: what will happen to every row and why, a count of each outcome, and the choice to leave
 * the rejected rows out. Nothing is written here; the dialog imports once the person goes on.
 */
final class RowReport {

    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private static final PseudoClass WARNED = PseudoClass.getPseudoClass("warned");
    private static final PseudoClass SKIPPED = PseudoClass.getPseudoClass("skipped");

    private final TableView<RowOutcome> table = new TableView<>();
    private final CheckBox skipRejected = new CheckBox("Import only the accepted rows; leave the rejected rows out");

    RowReport() {
        skipRejected.setId("skip-rejected");
    }

    /** The step's content for {@code report}; {@code onChoice} runs when the person ticks or clears "only the accepted rows". */
    Node build(Report report, Runnable onChoice) {
        table.setId("report-table");
        table.getColumns().setAll(List.of(
                column("Row", 60, r -> String.valueOf(r.row())),
                column("Ref", 90, RowOutcome::ref),
                column("Outcome", 170, RowOutcome::status),
                column("Cell and reason", 520, r -> String.join("\n", r.messages()))));
        var all = FXCollections.observableArrayList(report.rows());
        var shown = new FilteredList<>(all, r -> true);
        table.setItems(shown);
        CheckBox problemsOnly = new CheckBox("Show only rows with warnings or problems");
        problemsOnly.setId("problems-only");
        problemsOnly.setOnAction(e -> shown.setPredicate(r -> !problemsOnly.isSelected() || !r.status().equals("Accepted")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(RowOutcome item, boolean empty) {
                super.updateItem(item, empty);
                String s = empty || item == null ? "" : item.status();
                pseudoClassStateChanged(REJECTED, s.equals("Rejected"));
                pseudoClassStateChanged(WARNED, s.equals("Accepted with warnings"));
                pseudoClassStateChanged(SKIPPED, s.equals("Skipped"));
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label summary = new Label(report.accepted() + " accepted · " + report.warned() + " accepted with warnings · "
                + report.rejected() + " rejected · " + report.skipped() + " skipped");
        summary.setId("summary");
        summary.getStyleClass().add("text-bold");
        skipRejected.setSelected(false);
        skipRejected.setVisible(report.rejected() > 0);
        skipRejected.setManaged(report.rejected() > 0);
        skipRejected.setOnAction(e -> onChoice.run());
        VBox.setVgrow(table, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new VBox(10, new HBox(12, summary, gap, problemsOnly), table, skipRejected);
    }

    /** Whether the person chose to import only the accepted rows. */
    boolean leaveOutRejected() { return skipRejected.isSelected(); }

    private static TableColumn<RowOutcome, String> column(String name, double width, Function<RowOutcome, String> value) {
        TableColumn<RowOutcome, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        // A Text bound to the column's width wraps to as many lines as the reasons need; a wrapping Label would be cut off.
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();
            {
                text.getStyleClass().add("wrapped-text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }
            @Override protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setText(null);
            }
        });
        return c;
    }
}
