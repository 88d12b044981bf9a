package org.waymark.ui.settings;

import org.waymark.ui.widgets.Forms;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.waymark.app.infra.Preferences;
import org.waymark.app.infra.SavedFilter;
import org.waymark.ui.shell.DialogService;
import org.waymark.ui.shell.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The user's own settings: the name the audit trail records, the theme (light, dark or high contrast) and the saved register filters. */
public final class PreferencesDialog {

    private final Preferences initial;

    public PreferencesDialog(Preferences initial) { this.initial = initial; }

    public Optional<Preferences> show(DialogService dialogs) {
        TextField user = new TextField(initial.userName());
        user.setId("pref-user-name");
        ComboBox<String> theme = new ComboBox<>();
        theme.getItems().addAll(Theme.ALL);
        Forms.setLabels(theme, "Light", Theme::label);
        theme.setValue(initial.theme());
        theme.setId("pref-theme");
        Label dateFormat = new Label("dd/MM/yyyy (for example " + Forms.date(java.time.LocalDate.of(2026, 11, 25)) + ")");
        List<SavedFilter> kept = new ArrayList<>(initial.savedFilters());
        ListView<SavedFilter> filters = new ListView<>();
        filters.getItems().setAll(kept);
        filters.setPrefHeight(120);
        filters.setAccessibleText("Saved filters");
        filters.setPlaceholder(new Label("No saved filters. Save one from the register's filter bar."));
        filters.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(SavedFilter f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.name());
            }
        });
        Button remove = new Button("Remove");
        remove.disableProperty().bind(filters.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> filters.getItems().remove(filters.getSelectionModel().getSelectedItem()));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        GridPane g = Forms.grid();
        Forms.row(g, "Your name or role", user, error);
        Forms.row(g, "Theme", theme, null);
        Forms.row(g, "Dates", dateFormat, null);
        Forms.row(g, "Saved filters", new HBox(8, filters, remove), null);
        Label note = new Label("Your name is recorded in the audit trail of every change you make, from the next plan you open.");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setMaxWidth(460);
        g.add(note, 1, g.getRowCount());

        Dialog<Preferences> d = new Dialog<>();
        d.setTitle("Preferences");
        d.setHeaderText("Preferences");
        d.getDialogPane().setContent(g);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            if (user.getText().isBlank()) { error.setText("Give your name or role: the audit trail records it."); e.consume(); }
        });
        d.setResultConverter(b -> {
            if (b != save) return null;
            Preferences p = initial.withUserName(user.getText().strip()).withTheme(theme.getValue());
            for (SavedFilter f : initial.savedFilters()) if (!filters.getItems().contains(f)) p = p.withoutSavedFilter(f.name());
            return p;
        });
        return dialogs.show(d);
    }
}
