package org.waymark.ui.people;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.waymark.app.Identity;
import org.waymark.domain.Person;
import org.waymark.ui.widgets.Forms;

import java.util.Comparator;
import java.util.List;

/**
 * Asked once, on first use: who is making the changes. Pick yourself from the plan's people, or add yourself. The
 * answer is kept in preferences and every audit row then records the name with the computer account.
 */
public final class WhoAreYouDialog {

    /** The person picked, or a new person to add to the plan ({@code isNew}). */
    public record Answer(Person person, boolean isNew) {}

    public static final String TITLE = "Who are you?";

    private WhoAreYouDialog() {}

    public static Dialog<Answer> of(List<Person> people) {
        ToggleGroup how = new ToggleGroup();
        RadioButton pick = new RadioButton("I am in the plan's people");
        pick.setId("who-pick");
        RadioButton add = new RadioButton("Add me to the plan");
        add.setId("who-add");
        pick.setToggleGroup(how);
        add.setToggleGroup(how);
        ComboBox<Person> person = new ComboBox<>();
        person.setId("who-person");
        person.getItems().setAll(people.stream().sorted(Comparator.comparing(Person::name)).toList());
        Forms.setLabels(person, "Choose your name…", Person::nameAndRole);
        TextField name = new TextField();
        name.setId("who-name");
        name.setPromptText("Your name, e.g. Jane Smith");
        TextField role = new TextField();
        role.setId("who-role");
        role.setPromptText("Your role, e.g. Improvement Lead");
        TextField email = new TextField();
        email.setId("who-email");
        email.setPromptText("name@organisation.nhs.uk");
        (people.isEmpty() ? add : pick).setSelected(true);
        pick.setDisable(people.isEmpty());
        person.disableProperty().bind(pick.selectedProperty().not());
        name.disableProperty().bind(add.selectedProperty().not());
        role.disableProperty().bind(add.selectedProperty().not());
        email.disableProperty().bind(add.selectedProperty().not());
        Label error = new Label();
        error.setId("who-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        person.valueProperty().addListener((o, a, b) -> error.setText(""));
        name.textProperty().addListener((o, a, b) -> error.setText(""));
        how.selectedToggleProperty().addListener((o, a, b) -> error.setText(""));

        Label why = new Label("Every change you make is recorded in the plan's audit trail with your name and your computer account ("
                + Identity.osAccount() + "). You are asked once; change it later in Preferences.");
        why.setWrapText(true);
        why.setMaxWidth(480);
        GridPane g = Forms.grid();
        Forms.row(g, "Your name", person, null);
        Forms.row(g, "Name", name, null);
        Forms.row(g, "Role", role, null);
        Forms.row(g, "E-mail", email, null);
        VBox content = new VBox(10, why, pick, add, g, error);

        Dialog<Answer> d = new Dialog<>();
        d.setTitle(TITLE);
        d.setHeaderText(TITLE);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType("Continue", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            String problem = problem(pick.isSelected(), person.getValue(), name.getText());
            if (problem != null) { error.setText(problem); e.consume(); }
        });
        d.setResultConverter(b -> {
            if (b != ok || problem(pick.isSelected(), person.getValue(), name.getText()) != null) return null;
            if (pick.isSelected()) return new Answer(person.getValue(), false);
            return new Answer(new Person(0, name.getText().strip(), role.getText().strip(), "", "", email.getText().strip(), false, false, false), true);
        });
        return d;
    }

    private static String problem(boolean picking, Person picked, String name) {
        if (picking && picked == null) return "Choose your name from the list, or add yourself.";
        if (!picking && (name == null || name.isBlank())) return "Give your name.";
        return null;
    }
}
