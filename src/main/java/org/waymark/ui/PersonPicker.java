package org.waymark.ui;

import org.waymark.ui.widgets.Forms;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import org.waymark.app.Identity;
import org.waymark.domain.Person;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Picks who verified, signed off or approved from the plan's people, offering only those with that permission.
 * The chosen name is written to {@code target} with the computer account that recorded it
 * ({@link Identity#recordedBy}); clearing {@code target} (after a save) clears the pick.
 */
public final class PersonPicker {

    private final ComboBox<Person> box = new ComboBox<>();
    private final Person.Permission permission;
    private final StringProperty target;
    private boolean syncing;

    public PersonPicker(String id, Person.Permission permission, StringProperty target) {
        this.permission = permission;
        this.target = target;
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new Tooltip("Only people allowed to " + permission.label() + " are offered. Set that in People."));
        Forms.setLabels(box, "Choose who…", Person::nameAndRole);
        box.valueProperty().addListener((o, a, p) -> {
            if (syncing) return;
            syncing = true;
            target.set(p == null ? "" : Identity.recordedBy(p.name()));
            syncing = false;
        });
        target.addListener((o, a, t) -> {
            if (syncing) return;
            syncing = true;
            if (t == null || t.isBlank()) box.setValue(null);
            syncing = false;
        });
    }

    public ComboBox<Person> node() { return box; }

    /** Offers the people who may do this now; keeps the pick if they still may. */
    public void setPeople(List<Person> people) {
        List<Person> allowed = people.stream().filter(p -> p.may(permission)).sorted(Comparator.comparing(Person::name)).toList();
        if (allowed.equals(box.getItems())) return;
        Person chosen = box.getValue();
        syncing = true;
        box.getItems().setAll(allowed);
        box.setValue(chosen == null ? null : allowed.stream().filter(p -> Objects.equals(p.id(), chosen.id())).findFirst().orElse(null));
        syncing = false;
        if (box.getValue() == null && chosen != null) target.set("");
        box.setPromptText(allowed.isEmpty() ? "Nobody may " + permission.label() + " yet: allow someone in People" : "Choose who…");
        Forms.setLabels(box, allowed.isEmpty() ? "Nobody may " + permission.label() + " yet: allow someone in People" : "Choose who…", Person::nameAndRole);
    }
}
