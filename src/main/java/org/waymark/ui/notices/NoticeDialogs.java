package org.waymark.ui.notices;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.waymark.domain.Action;
import org.waymark.domain.CoreService;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.domain.Priority;
import org.waymark.domain.RegulatorySource;
import org.waymark.domain.Requirement;
import org.waymark.domain.SourceKind;
import org.waymark.ui.widgets.Forms;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Forms for sources, requirements and new actions. Each checks its required fields before it closes, showing
 * the message in the dialog; the caller reopens it with the same values if the plan then refuses them.
 */
final class NoticeDialogs {

    private NoticeDialogs() {}

    static Dialog<RegulatorySource> source(RegulatorySource initial, String problem) {
        ComboBox<SourceKind> kind = new ComboBox<>();
        kind.getItems().addAll(SourceKind.values());
        Forms.setLabels(kind, "Choose…", SourceKind::label);
        kind.setValue(initial == null ? SourceKind.WARNING_NOTICE_S29A : initial.kind());
        TextField reference = field("source-reference", initial == null ? "" : initial.reference());
        TextField title = field("source-title", initial == null ? "" : initial.title());
        var issued = Forms.datePicker();
        issued.setValue(initial == null ? null : initial.issued());
        TextField regulations = field("source-regulations", initial == null ? "" : initial.regulations());
        regulations.setPromptText("e.g. 12, 17, 18");
        GridPane g = Forms.grid();
        Label error = errorLabel(problem);
        Forms.row(g, "Kind", kind, null);
        Forms.row(g, "Reference", reference, null);
        Forms.row(g, "Title", title, null);
        Forms.row(g, "Issued", issued, null);
        Forms.row(g, "Regulations", regulations, null);
        g.add(error, 1, g.getRowCount());
        long id = initial == null ? 0 : initial.id();
        return dialog(initial == null || initial.id() == 0 ? "Add source" : "Edit source", g, error, () -> {
            if (reference.getText().isBlank()) return "Give the source's reference.";
            if (title.getText().isBlank()) return "Give the source a title.";
            return null;
        }, () -> new RegulatorySource(id, kind.getValue(), reference.getText().strip(), title.getText().strip(), issued.getValue(),
                regulations.getText().strip()));
    }

    static Dialog<Requirement> requirement(Plan plan, Requirement initial, long sourceId, String problem) {
        TextField ref = field("requirement-ref", initial == null ? "" : initial.ref());
        ComboBox<Priority> priority = new ComboBox<>();
        priority.getItems().addAll(Priority.values());
        Forms.setLabels(priority, "Choose…", Priority::label);
        priority.setValue(initial == null ? Priority.MUST : initial.priority());
        TextArea text = new TextArea(initial == null ? "" : initial.text());
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setId("requirement-text");
        TextField regulation = field("requirement-regulation", initial == null || initial.regulation() == null ? "" : String.valueOf(initial.regulation()));
        regulation.setPromptText("9 to 20");
        ComboBox<KeyQuestion> kq = Forms.choice("Not set", Arrays.asList(KeyQuestion.values()), KeyQuestion::label);
        kq.setValue(initial == null ? null : initial.keyQuestion());
        ComboBox<CoreService> service = Forms.choice("Trust-wide", plan.coreServices(), CoreService::name);
        service.setValue(initial == null ? null : plan.coreService(initial.coreServiceId()).orElse(null));
        var deadline = Forms.datePicker();
        deadline.setValue(initial == null ? null : initial.deadline());
        GridPane g = Forms.grid();
        Label error = errorLabel(problem);
        Forms.row(g, "Reference", ref, null);
        Forms.row(g, "Must or should", priority, null);
        Forms.row(g, "Requirement", text, null);
        Forms.row(g, "Regulation", regulation, null);
        Forms.row(g, "Key question", kq, null);
        Forms.row(g, "Core service", service, null);
        Forms.row(g, "Deadline", deadline, null);
        g.add(error, 1, g.getRowCount());
        long id = initial == null ? 0 : initial.id();
        long src = initial == null ? sourceId : initial.sourceId();
        return dialog(id == 0 ? "Add requirement" : "Edit requirement", g, error, () -> {
            if (ref.getText().isBlank()) return "Give the requirement a reference, e.g. WN3.";
            if (text.getText().isBlank()) return "Give the requirement's text.";
            if (!regulation.getText().isBlank() && !regulation.getText().strip().matches("\\d{1,2}")) return "The regulation is a number from 9 to 20.";
            return null;
        }, () -> new Requirement(id, src, ref.getText().strip(), priority.getValue(), text.getText().strip(),
                regulation.getText().isBlank() ? null : Integer.valueOf(regulation.getText().strip()), kq.getValue(),
                service.getValue() == null ? null : service.getValue().id(), deadline.getValue()));
    }

    static Dialog<Action> newAction(Plan plan, Requirement requirement, Action initial, String problem) {
        TextField ref = field("action-ref", initial == null ? suggestRef(plan, requirement) : initial.ref());
        TextField title = field("action-title", initial == null ? "" : initial.title());
        List<Person> people = plan.people().stream().sorted(Comparator.comparing(Person::name)).toList();
        ComboBox<Person> exec = Forms.choice("Not yet", people, Person::name);
        exec.setValue(initial == null ? null : plan.person(initial.executiveLeadId()).orElse(null));
        ComboBox<Person> op = Forms.choice("Not yet", people, Person::name);
        op.setValue(initial == null ? null : plan.person(initial.operationalLeadId()).orElse(null));
        var due = Forms.datePicker();
        due.setValue(initial == null ? requirement.deadline() : initial.originalDue());
        GridPane g = Forms.grid();
        Label error = errorLabel(problem);
        Label req = new Label(requirement.ref() + "  " + requirement.text());
        req.setWrapText(true);
        req.setMaxWidth(420);
        Forms.row(g, "Requirement", req, null);
        Forms.row(g, "Reference", ref, null);
        Forms.row(g, "Title", title, null);
        Forms.row(g, "Executive lead", exec, null);
        Forms.row(g, "Operational lead", op, null);
        Forms.row(g, "Due", due, null);
        g.add(error, 1, g.getRowCount());
        return dialog("Add action", g, error, () -> {
            if (ref.getText().isBlank()) return "Give the action a reference.";
            if (title.getText().isBlank()) return "Give the action a title.";
            return null;
        }, () -> new Action(0, ref.getText().strip(), title.getText().strip(), "", requirement.id(), null,
                exec.getValue() == null ? null : exec.getValue().id(), op.getValue() == null ? null : op.getValue().id(), null,
                null, due.getValue(), due.getValue(), null, 0, null, null));
    }

    static String suggestRef(Plan plan, Requirement r) {
        long n = plan.actions().stream().filter(a -> Long.valueOf(r.id()).equals(a.requirementId())).count() + 1;
        String ref;
        do { ref = r.ref() + "." + n++; } while (taken(plan, ref));
        return ref;
    }

    private static boolean taken(Plan plan, String ref) { return plan.actions().stream().anyMatch(a -> a.ref().equalsIgnoreCase(ref)); }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        f.setPrefColumnCount(30);
        return f;
    }

    private static Label errorLabel(String problem) {
        Label l = new Label(problem == null ? "" : problem);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }

    private static <T> Dialog<T> dialog(String title, GridPane content, Label error, Supplier<String> check, Supplier<T> result) {
        Dialog<T> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(new ButtonType("Save", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String problem = check.get();
            if (problem != null) { error.setText(problem); e.consume(); }
        });
        d.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? result.get() : null);
        return d;
    }

}
