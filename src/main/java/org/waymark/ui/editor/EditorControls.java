package org.waymark.ui.editor;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import org.waymark.ui.widgets.Icons;
import org.waymark.ui.PlanContext;
import org.waymark.ui.widgets.Forms;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every tab of the action editor builds its controls with: inputs that lock in read-only mode, buttons that
 * also wait for an action, and drop-downs of records kept in step with the model's id properties.
 */
final class EditorControls {

    final PlanContext ctx;
    final ActionEditorModel model;
    /** True while the drop-downs are being refilled, so that refilling them never reads as the user's choice. */
    private boolean filling;

    EditorControls(PlanContext ctx, ActionEditorModel model) {
        this.ctx = ctx;
        this.model = model;
    }

    void editable(Node... nodes) {
        for (Node n : nodes) n.disableProperty().bind(ctx.readOnly());
    }

    Button primary(String text, String id, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.disableProperty().bind(ctx.readOnly().or(model.action().isNull()));
        return b;
    }

    /** Refills drop-downs without the refill reaching the model. */
    void filling(Runnable refill) {
        filling = true;
        try {
            refill.run();
        } finally {
            filling = false;
        }
    }

    /** Offers the records, with "none" first; keeps the choice when it is still offered. */
    static <T> void setItems(ComboBox<T> box, List<T> values, String none, Function<T, String> label) {
        if (box.getItems().size() == values.size() + 1 && box.getItems().subList(1, box.getItems().size()).equals(values)) return;
        T chosen = box.getValue();
        box.getItems().setAll(values);
        box.getItems().add(0, null);
        Forms.setLabels(box, none, label);
        box.setValue(chosen != null && values.contains(chosen) ? chosen : null);
    }

    /** Keeps a drop-down of records and the model's id property in step, both ways. */
    <T> ComboBox<T> bindChoice(ComboBox<T> box, ObjectProperty<Long> id, Function<T, Long> key) {
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, a, v) -> { if (!filling) id.set(v == null ? null : key.apply(v)); });
        id.addListener((o, a, v) -> {
            T match = v == null ? null : box.getItems().stream().filter(Objects::nonNull).filter(t -> key.apply(t).equals(v)).findFirst().orElse(null);
            boolean was = filling;
            filling = true;
            box.setValue(match);
            filling = was;
        });
        return box;
    }
}
