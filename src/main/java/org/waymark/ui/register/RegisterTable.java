package org.waymark.ui.register;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Priority;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;
import org.waymark.ui.widgets.TableHeaders;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

/** The register's columns. Cells only format precomputed row values, so scrolling 20k rows stays smooth. */
final class RegisterTable {

    private RegisterTable() {}

    static TableView<RegisterRow> create() {
        TableView<RegisterRow> t = new TableView<>();
        t.setId("register-table");
        t.setAccessibleText("Actions");
        t.setFixedCellSize(30);
        t.setRowFactory(v -> new RegisterRowCell());
        TableHeaders.neverTruncate(t);
        t.setTableMenuButtonVisible(true);
        t.setPlaceholder(new Label("No actions match these filters. Clear a filter to see more."));
        t.getColumns().add(text("Ref", 64, RegisterRow::ref));
        t.getColumns().add(bragColumn());
        TableColumn<RegisterRow, String> title = text("Title", 300, RegisterRow::title);
        title.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();
            @Override protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                boolean longText = !empty && s != null && s.length() >= 40;
                if (longText) tip.setText(s);
                if ((getTooltip() != null) != longText) setTooltip(longText ? tip : null);
            }
        });
        t.getColumns().add(title);
        t.getColumns().add(text("Source", 100, RegisterRow::sourceRef));
        TableColumn<RegisterRow, Priority> must = col("Must/should", 96, RegisterRow::priority);
        must.setCellFactory(c -> formatted(p -> p == Priority.MUST ? "Must" : "Should"));
        t.getColumns().add(must);
        TableColumn<RegisterRow, KeyQuestion> kq = col("Key question", 100, RegisterRow::keyQuestion);
        kq.setCellFactory(c -> formatted(KeyQuestion::label));
        t.getColumns().add(kq);
        t.getColumns().add(text("Core service", 96, RegisterRow::coreService));
        t.getColumns().add(text("Executive lead", 170, RegisterRow::executiveLead));
        t.getColumns().add(text("Operational lead", 160, RegisterRow::operationalLead));
        TableColumn<RegisterRow, LocalDate> original = col("Original due", 100, RegisterRow::originalDue);
        original.setCellFactory(c -> formatted(Forms::date));
        t.getColumns().add(original);
        TableColumn<RegisterRow, LocalDate> current = col("Current due", 116, RegisterRow::currentDue);
        current.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeAll("overdue", "revised");
                RegisterRow row = empty ? null : getTableRow().getItem();
                if (empty || d == null || row == null) { setText(empty ? null : Forms.date(d)); return; }
                setText(Forms.date(d) + (row.revised() ? " \u21BB" : ""));
                if (row.overdue()) getStyleClass().add("overdue");
                else if (row.revised()) getStyleClass().add("revised");
                setAccessibleText(Forms.date(d) + (row.overdue() ? ", overdue" : "") + (row.revised() ? ", revised" : ""));
            }
        });
        t.getColumns().add(current);
        TableColumn<RegisterRow, ActionStatus> status = col("Status", 100, RegisterRow::status);
        status.setCellFactory(c -> formatted(ActionStatus::label));
        t.getColumns().add(status);
        TableColumn<RegisterRow, Integer> progress = col("Progress", 110, RegisterRow::progress);
        progress.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label pct = new Label();
            private final HBox box = new HBox(6, bar, pct);
            { bar.setPrefWidth(54); bar.getStyleClass().add("small"); box.setAlignment(Pos.CENTER_LEFT); pct.setMinWidth(36); }
            @Override protected void updateItem(Integer p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) { setGraphic(null); return; }
                bar.setProgress(p / 100.0);
                pct.setText(p + "%");
                setGraphic(box);
                setAccessibleText(p + " percent");
            }
        });
        t.getColumns().add(progress);
        return t;
    }

    private static TableColumn<RegisterRow, Brag> bragColumn() {
        TableColumn<RegisterRow, Brag> brag = col("BRAG", 66, RegisterRow::brag);
        brag.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        brag.setCellFactory(c -> new TableCell<>() {
            // One chip and tooltip per cell, re-labelled as rows scroll past: creating nodes per row is what makes tables slow.
            private final Label chip = BragChip.of(Brag.RED);
            private final Tooltip tip = new Tooltip();
            private Brag shown = Brag.RED;
            @Override protected void updateItem(Brag b, boolean empty) {
                super.updateItem(b, empty);
                RegisterRow row = empty ? null : getTableRow().getItem();
                if (empty || b == null || row == null) { setGraphic(null); setTooltip(null); return; }
                if (b != shown) {
                    chip.getStyleClass().remove(BragChip.styleClass(shown));
                    chip.getStyleClass().add(BragChip.styleClass(b));
                    chip.setText(BragChip.shape(b) + " " + b.letter());
                    shown = b;
                }
                chip.setAccessibleText(BragChip.spoken(b, row.bragReason()));
                tip.setText(b.label() + (row.overridden() ? " (set by hand)" : "") + ": " + row.bragReason());
                setGraphic(chip);
                setTooltip(tip);
            }
        });
        return brag;
    }

    private static TableColumn<RegisterRow, String> text(String name, double width, Function<RegisterRow, String> value) {
        return col(name, width, value);
    }

    private static <T> TableColumn<RegisterRow, T> col(String name, double width, Function<RegisterRow, T> value) {
        TableColumn<RegisterRow, T> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> constant(value.apply(f.getValue())));
        return c;
    }

    private static <T> ObservableValue<T> constant(T v) { return new ReadOnlyObjectWrapper<>(v); }

    private static <T> TableCell<RegisterRow, T> formatted(Function<T, String> format) {
        return new TableCell<>() {
            @Override protected void updateItem(T v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format.apply(v));
            }
        };
    }
}
