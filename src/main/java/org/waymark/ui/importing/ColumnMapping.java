package org.waymark.ui.importing;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.app.PlanImporter;
import org.waymark.app.PlanImporter.FieldChoice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The import's second step: which field each column of the sheet becomes, and what to do with a row whose ref is
 * already used. The duplicate choice outlives the step, so going back to it keeps what the person picked.
 */
final class ColumnMapping {

    private final List<ComboBox<FieldChoice>> combos = new ArrayList<>();
    private final RadioButton suffix = new RadioButton("Import it with a suffix (M2 becomes M2-2)");
    private final RadioButton skip = new RadioButton("Skip the row");

    ColumnMapping() {
        ToggleGroup duplicates = new ToggleGroup();
        suffix.setToggleGroup(duplicates);
        skip.setToggleGroup(duplicates);
        suffix.setId("duplicates-suffix");
        skip.setId("duplicates-skip");
        suffix.setSelected(true);
    }

    /** The step's content for {@code preview}, one row per column; {@code onChange} runs when a column's choice changes. */
    Node build(PlanImporter.Preview preview, Runnable onChange) {
        GridPane grid = new GridPane();
        grid.setId("mapping-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, bold("Column"), bold("Header in the file"), bold("Imported as"), bold("First value in the column"));
        combos.clear();
        for (int c = 0; c < preview.headers().size(); c++) {
            ComboBox<FieldChoice> box = new ComboBox<>(FXCollections.observableArrayList(preview.fields()));
            box.setId("map-" + c);
            box.setConverter(new StringConverter<>() {
                @Override public String toString(FieldChoice f) { return f == null ? "" : f.label(); }
                @Override public FieldChoice fromString(String s) { return null; }
            });
            String current = preview.mapping().get(c);
            box.getSelectionModel().select(preview.fields().stream().filter(f -> f.id().equals(current)).findFirst().orElse(null));
            box.valueProperty().addListener((o, a, b) -> onChange.run());
            box.setPrefWidth(220);
            combos.add(box);
            Label header = new Label(preview.headers().get(c));
            header.setWrapText(true);
            header.setMaxWidth(220);
            Label sample = new Label(preview.samples().get(c));
            sample.getStyleClass().add("text-muted");
            sample.setMaxWidth(320);
            grid.addRow(c + 1, new Label(columnLetter(c)), header, box, sample);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(6));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox dup = new VBox(4, bold("If a row's ref is already used (earlier in the sheet, or in the plan):"), suffix, skip);
        return new VBox(12, scroll, dup);
    }

    /** What stops the choices from being imported, in words the person can act on; null when nothing does. */
    String problem() {
        Set<String> seen = new HashSet<>();
        String problem = null;
        boolean hasText = false;
        for (ComboBox<FieldChoice> c : combos) {
            FieldChoice f = c.getValue();
            if (f == null || f.id().equals("IGNORE")) continue;
            if (f.id().equals("TITLE") || f.id().equals("FINDING")) hasText = true;
            if (!seen.add(f.id())) problem = "“" + f.label() + "” is chosen for more than one column. Choose it once.";
        }
        if (problem == null && !hasText) problem = "Choose which column holds the action (or the finding): without one, no row can become an action.";
        return problem;
    }

    /** The field id chosen for each column, in column order. */
    List<String> mapping() {
        return combos.stream().map(c -> c.getValue() == null ? "IGNORE" : c.getValue().id()).toList();
    }

    /** Whether a row whose ref is taken is imported under a suffixed ref (rather than skipped). */
    boolean suffixing() { return suffix.isSelected(); }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static String columnLetter(int c) {
        StringBuilder sb = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) sb.insert(0, (char) ('A' + (n - 1) % 26));
        return sb.toString();
    }
}
