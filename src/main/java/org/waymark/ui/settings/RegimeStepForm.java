package org.waymark.ui.settings;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.waymark.domain.RegimeEntry;
import org.waymark.domain.RegimeEvent;
import org.waymark.domain.RegimeHistory;
import org.waymark.domain.regulation.RegimeDefinition;
import org.waymark.domain.regulation.RegimeStatus;
import org.waymark.domain.regulation.RegulationCatalogue;
import org.waymark.domain.regulation.Segment;
import org.waymark.ui.widgets.Forms;
import org.waymark.ui.widgets.ViewFormats;

import java.util.List;

/**
 * The regime part of plan settings: where the trust stands now, and one dated step to add to its history (entered,
 * segment changed or left). The history is only added to, so the form never edits a past step.
 */
final class RegimeStepForm {

    private final GridPane grid = Forms.grid();
    private final ComboBox<RegimeEvent> event;
    private final ComboBox<RegimeDefinition> regime;
    private final ComboBox<Segment> segment = new ComboBox<>();
    private final DatePicker on = Forms.datePicker();
    private final TextField note = new TextField();

    RegimeStepForm(RegimeHistory history, RegulationCatalogue catalogue, RegimeEntry draft) {
        Label now = new Label(RegimeStatus.of(history, catalogue)
                .map(s -> s.label() + ", since " + ViewFormats.date(s.entered())).orElse("Not in an oversight regime"));
        now.setId("settings-regime-now");
        now.setWrapText(true);
        event = Forms.choice("No change", List.of(RegimeEvent.values()), RegimeEvent::label);
        event.setId("settings-regime-event");
        regime = Forms.choice("Choose a regime", catalogue.regimes(), r -> r.name() + " (" + r.inForce().describe() + ")");
        regime.setId("settings-regime");
        Forms.setLabels(segment, "No segment", s -> s.name() + ": " + s.description());
        segment.setId("settings-segment");
        on.setId("settings-regime-date");
        note.setId("settings-regime-note");
        note.setPromptText("Why, or the letter that said so");
        regime.valueProperty().addListener((o, a, r) -> segments(r));
        String current = history.current().map(RegimeEntry::regime).orElse(null);
        regime.setValue(catalogue.regimes().stream().filter(r -> r.id().equals(draft != null ? draft.regime() : current)).findFirst().orElse(null));
        if (draft != null) {
            event.setValue(draft.event());
            segment.setValue(segment.getItems().stream().filter(s -> s != null && s.code().equals(draft.segment())).findFirst().orElse(null));
            on.setValue(draft.effectiveOn());
            note.setText(draft.note());
        }
        Forms.row(grid, "Now", now, null);
        Forms.row(grid, "Record", event, null);
        Forms.row(grid, "Regime", regime, null);
        Forms.row(grid, "Segment", segment, null);
        Forms.row(grid, "Took effect on", on, null);
        Forms.row(grid, "Note", note, null);
    }

    private void segments(RegimeDefinition r) {
        segment.getItems().setAll(r == null ? List.of() : r.segments());
        segment.getItems().add(0, null);
        segment.setDisable(r == null || r.segments().isEmpty());
    }

    GridPane grid() { return grid; }

    /** The step to record, or null when "No change" is chosen; the regime service checks it against the data. */
    RegimeEntry step() {
        if (event.getValue() == null) return null;
        return new RegimeEntry(0, on.getValue(), event.getValue(), regime.getValue() == null ? null : regime.getValue().id(),
                segment.getValue() == null ? null : segment.getValue().code(), note.getText().strip());
    }
}
