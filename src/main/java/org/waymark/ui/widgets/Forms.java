package org.waymark.ui.widgets;

import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.function.Function;

/** Small builders that keep every form in the window laid out and labelled the same way. */
public final class Forms {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Forms() {}

    public static String date(LocalDate d) { return d == null ? "" : DATE.format(d); }

    /** A two-column form: labels right-aligned on the left, fields growing on the right. */
    public static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(6);
        g.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        // One label width everywhere, so the sections of a form line up with each other.
        labels.setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        labels.setPrefWidth(150);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(120);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    /** Adds a labelled field with its message beneath it; the label is the field's accessible name. */
    public static void row(GridPane g, String label, Node field, Label error) {
        int r = g.getRowCount();
        Label l = new Label(label);
        l.setLabelFor(field);
        l.getStyleClass().add("form-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setValignment(l, VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        if (field instanceof javafx.scene.control.Control c && c.getAccessibleText() == null) c.setAccessibleText(label);
        VBox cell = new VBox(2, field);
        if (error != null) cell.getChildren().add(error);
        g.add(l, 0, r);
        g.add(cell, 1, r);
    }

    /** A message label shown beside a field when the model refuses its value; hidden when there is none. */
    public static Label error(ObservableValue<String> message) {
        Label l = new Label();
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.textProperty().bind(message);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    public static DatePicker datePicker() {
        DatePicker p = new DatePicker();
        p.setPromptText("dd/mm/yyyy");
        p.setConverter(new StringConverter<>() {
            @Override public String toString(LocalDate d) { return date(d); }
            @Override public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) return null;
                try {
                    return LocalDate.parse(s.strip(), DATE);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        p.setMaxWidth(Double.MAX_VALUE);
        return p;
    }

    /** A drop-down whose first entry is "nothing chosen", labelled {@code noneText}. */
    public static <T> ComboBox<T> choice(String noneText, Collection<T> values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        setLabels(box, noneText, label);
        return box;
    }

    public static <T> void setLabels(ComboBox<T> box, String noneText, Function<T, String> label) {
        box.setConverter(new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? noneText : label.apply(t); }
            @Override public T fromString(String s) { return null; }
        });
        box.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? noneText : label.apply(item));
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? noneText : label.apply(item));
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
    }
}
