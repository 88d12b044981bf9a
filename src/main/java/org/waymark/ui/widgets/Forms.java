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
        // A field beside its button (a choice and "Change status") is named by the label too: point it at the field itself.
        Node named = field instanceof javafx.scene.layout.Pane box && !box.getChildren().isEmpty()
                && box.getChildren().get(0) instanceof javafx.scene.control.Control first ? first : field;
        l.setLabelFor(named);
        l.getStyleClass().add("form-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setValignment(l, VPos.TOP);
        l.setPadding(new javafx.geometry.Insets(5, 0, 0, 0));
        if (named instanceof javafx.scene.control.Control c && c.getAccessibleText() == null) c.setAccessibleText(label);
        VBox cell = new VBox(2, field);
        if (field instanceof DatePicker p && p.getProperties().containsKey(DATE_PROBLEM)) {
            Label bad = error(dateProblem(p));
            bad.getStyleClass().add("date-problem");
            cell.getChildren().add(bad);
        }
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

    /** Typed dates: day/month/year, with one or two digits for day and month and two or four for the year. */
    private static final DateTimeFormatter TYPED = new java.time.format.DateTimeFormatterBuilder()
            .appendPattern("d/M/")
            .optionalStart().appendPattern("uuuu").optionalEnd()
            .optionalStart().appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 2000).optionalEnd()
            .toFormatter(java.util.Locale.UK).withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** Reads a typed date (31/1/27, 31/01/2027, also with - or . between), or null if it is not one. */
    public static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip().replace('-', '/').replace('.', '/');
        if (!t.matches("\\d{1,2}/\\d{1,2}/(\\d{2}|\\d{4})")) return null;
        try {
            return LocalDate.parse(t, TYPED);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A date field that reads dd/mm/yyyy, d/m/yyyy and d/m/yy. Text that is not a date keeps its text and gets a
     * message naming the format, shown beneath the field by {@link #row} and cleared once the date is valid.
     */
    public static DatePicker datePicker() {
        DatePicker p = new DatePicker();
        p.setPromptText("dd/mm/yyyy");
        javafx.beans.property.StringProperty problem = new javafx.beans.property.SimpleStringProperty("");
        p.getProperties().put(DATE_PROBLEM, problem);
        p.setConverter(new StringConverter<>() {
            @Override public String toString(LocalDate d) { return date(d); }
            @Override public LocalDate fromString(String s) {
                LocalDate d = parseDate(s);
                boolean bad = d == null && s != null && !s.isBlank();
                problem.set(bad ? "\u201c" + s.strip() + "\u201d is not a date. Write it as dd/mm/yyyy or d/m/yy, e.g. 31/01/2027 or 31/1/27." : "");
                // The picker blanks text it cannot read; put it back so what was typed is not lost.
                if (bad) {
                    p.getProperties().put(RESTORING, Boolean.TRUE);
                    javafx.application.Platform.runLater(() -> {
                        if (p.getValue() == null && p.getEditor().getText().isBlank()) p.getEditor().setText(s);
                        p.getProperties().remove(RESTORING);
                    });
                }
                return d;
            }
        });
        p.getEditor().textProperty().addListener((o, a, text) -> {
            boolean cleared = (text == null || text.isBlank()) && !p.getProperties().containsKey(RESTORING);
            if (parseDate(text) != null || cleared) problem.set("");
        });
        p.valueProperty().addListener((o, a, d) -> { if (d != null) problem.set(""); });
        p.setMaxWidth(Double.MAX_VALUE);
        return p;
    }

    private static final String DATE_PROBLEM = "waymark.dateProblem";
    private static final String RESTORING = "waymark.dateRestoring";

    /** The message a date field shows when its text is not a date; "" when it is fine. */
    public static javafx.beans.value.ObservableStringValue dateProblem(DatePicker p) {
        return (javafx.beans.property.StringProperty) p.getProperties().get(DATE_PROBLEM);
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
