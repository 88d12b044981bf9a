package org.waymark.ui.people;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.waymark.domain.Person;
import org.waymark.ui.widgets.Forms;

/**
 * Adds or edits one person: name, role, directorate, e-mail and what they may do. The app layer checks the
 * e-mail address again; its refusal comes back here as {@code problem}, with everything typed kept.
 */
public final class PersonDialog {

    private PersonDialog() {}

    public static Dialog<Person> of(Person initial, String problem) {
        TextField name = field("person-name", initial == null ? "" : initial.name(), "e.g. Jane Smith");
        TextField role = field("person-role", initial == null ? "" : nz(initial.jobTitle()), "e.g. Director of Nursing and Quality");
        TextField directorate = field("person-directorate", initial == null ? "" : nz(initial.directorate()), null);
        TextField email = field("person-email", initial == null ? "" : nz(initial.email()), "name@organisation.nhs.uk");
        TextField contact = field("person-contact", initial == null ? "" : nz(initial.contact()), "Phone or other contact");
        CheckBox verify = check("person-may-verify", "May verify evidence", initial != null && initial.mayVerify());
        CheckBox signOff = check("person-may-sign-off", "May sign off actions", initial != null && initial.maySignOff());
        CheckBox approve = check("person-may-approve", "May approve date revisions", initial != null && initial.mayApprove());
        Label error = new Label(problem == null ? "" : problem);
        error.setId("person-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(420);
        // A message about the name goes once the name is given, so no stale error is left showing.
        name.textProperty().addListener((o, a, b) -> { if (!b.isBlank() && error.getText().startsWith("Give the person")) error.setText(""); });
        GridPane g = Forms.grid();
        Forms.row(g, "Name", name, null);
        Forms.row(g, "Role", role, null);
        Forms.row(g, "Directorate", directorate, null);
        Forms.row(g, "E-mail", email, null);
        Forms.row(g, "Other contact", contact, null);
        Forms.row(g, "May", new VBox(6, verify, signOff, approve), null);
        g.add(error, 1, g.getRowCount());
        Dialog<Person> d = new Dialog<>();
        d.setTitle(initial == null ? "Add person" : "Edit person");
        d.setHeaderText(d.getTitle());
        d.getDialogPane().setContent(g);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            if (name.getText().isBlank()) { error.setText("Give the person's name."); e.consume(); }
        });
        long id = initial == null ? 0 : initial.id();
        d.setResultConverter(b -> b != save ? null : new Person(id, name.getText().strip(), role.getText().strip(), directorate.getText().strip(),
                contact.getText().strip(), email.getText().strip(), verify.isSelected(), signOff.isSelected(), approve.isSelected()));
        return d;
    }

    /** What a person may do, in words: "verify, sign off" or "—". */
    public static String permissions(Person p) {
        StringBuilder s = new StringBuilder();
        if (p.mayVerify()) s.append("verify");
        if (p.maySignOff()) s.append(s.isEmpty() ? "" : ", ").append("sign off");
        if (p.mayApprove()) s.append(s.isEmpty() ? "" : ", ").append("approve");
        return s.isEmpty() ? "\u2014" : s.toString();
    }

    private static TextField field(String id, String text, String prompt) {
        TextField f = new TextField(text);
        f.setId(id);
        if (prompt != null) f.setPromptText(prompt);
        return f;
    }

    private static CheckBox check(String id, String text, boolean selected) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setSelected(selected);
        return c;
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
