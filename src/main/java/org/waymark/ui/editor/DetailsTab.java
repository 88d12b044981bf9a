package org.waymark.ui.editor;

import static org.waymark.ui.editor.EditorParts.*;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.Committee;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.domain.Requirement;
import org.waymark.domain.Theme;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;

import java.util.Comparator;
import java.util.List;

/** The Details tab: what the action is and who leads it, then its status and any BRAG set by hand. */
final class DetailsTab {

    private final EditorControls c;
    private final ActionEditorModel model;
    private final ComboBox<Requirement> requirement = new ComboBox<>();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final ComboBox<Person> executive = new ComboBox<>();
    private final ComboBox<Person> operational = new ComboBox<>();
    private final ComboBox<Committee> committee = new ComboBox<>();
    private final org.waymark.ui.TagEditor tags;
    private final Node node;

    DetailsTab(EditorControls c) {
        this.c = c;
        this.model = c.model;
        this.tags = new org.waymark.ui.TagEditor(c.ctx, "action-tags", false);
        node = scroll(section("Status and BRAG", status(), "Details", details(), "CQC framework tags", tags.node()));
    }

    /** Shows the action's framework tags; read off the FX thread by the tag editor. */
    void showTags(org.waymark.domain.Action a) { tags.showAction(a.id(), a.ref()); }

    Node node() { return node; }

    /** Offers the plan's requirements, themes, people and committees; call inside {@link EditorControls#filling}. */
    void fill(Plan plan) {
        EditorControls.setItems(requirement, plan.requirements(), "No requirement", r -> r.ref() + "  " + r.text());
        EditorControls.setItems(theme, plan.themes(), "No theme", Theme::name);
        List<Person> people = plan.people().stream().sorted(Comparator.comparing(Person::name)).toList();
        EditorControls.setItems(executive, people, "No executive lead", Person::name);
        EditorControls.setItems(operational, people, "No operational lead", Person::name);
        EditorControls.setItems(committee, plan.committees(), "No committee", Committee::name);
    }

    private GridPane details() {
        GridPane g = Forms.grid();
        TextField ref = new TextField();
        ref.setId("field-ref");
        ref.textProperty().bindBidirectional(model.ref);
        Forms.row(g, "Reference", ref, Forms.error(model.error("ref")));
        TextField title = new TextField();
        title.setId("field-title");
        title.textProperty().bindBidirectional(model.title);
        Forms.row(g, "Title", title, Forms.error(model.error("title")));
        TextArea description = new TextArea();
        description.setId("field-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.textProperty().bindBidirectional(model.description);
        Forms.row(g, "Description", description, null);
        Forms.row(g, "Requirement", c.bindChoice(requirement, model.requirementId, Requirement::id), null);
        Forms.row(g, "Theme", c.bindChoice(theme, model.themeId, Theme::id), null);
        Forms.row(g, "Executive lead", c.bindChoice(executive, model.executiveLeadId, Person::id), null);
        Forms.row(g, "Operational lead", c.bindChoice(operational, model.operationalLeadId, Person::id), null);
        Forms.row(g, "Assurance committee", c.bindChoice(committee, model.committeeId, Committee::id), null);
        var start = Forms.datePicker();
        start.valueProperty().bindBidirectional(model.start);
        start.setId("field-start");
        Forms.row(g, "Start", start, Forms.error(model.error("start")));
        var original = Forms.datePicker();
        original.valueProperty().bindBidirectional(model.originalDue);
        original.setId("field-original-due");
        original.setTooltip(new Tooltip("Set once. Later changes are revisions, made on the Dates tab."));
        original.disableProperty().bind(Bindings.createBooleanBinding(() -> model.action().get() != null && model.action().get().originalDue() != null, model.action())
                .or(c.ctx.readOnly()));
        Forms.row(g, "Original due", original, Forms.error(model.error("originalDue")));
        Button save = c.primary("Save details", "save-details", MaterialDesignC.CONTENT_SAVE_OUTLINE);
        save.setOnAction(e -> model.saveDetails());
        Forms.row(g, "", save, null);
        c.editable(ref, title, description, requirement, theme, executive, operational, committee, start);
        EditorGuards.ctrlEnter(save, ref, title, description, requirement, theme, executive, operational, committee, start, original);
        return g;
    }

    private GridPane status() {
        GridPane s = Forms.grid();
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.getItems().addAll(ActionStatus.values());
        Forms.setLabels(status, "Choose…", ActionStatus::label);
        status.valueProperty().bindBidirectional(model.status);
        status.setId("field-status");
        Button setStatus = c.primary("Change status", "change-status", MaterialDesignF.FLAG_OUTLINE);
        setStatus.setOnAction(e -> model.changeStatus());
        Forms.row(s, "Status", hbox(status, setStatus), Forms.error(model.error("status")));

        ComboBox<Brag> brag = new ComboBox<>();
        brag.getItems().add(null);
        brag.getItems().addAll(Brag.values());
        Forms.setLabels(brag, "Automatic (from the BRAG key)", b -> BragChip.shape(b) + " " + b.label());
        brag.valueProperty().bindBidirectional(model.bragChoice);
        brag.setId("field-brag");
        Forms.row(s, "BRAG", brag, Forms.error(model.error("brag")));
        TextField overrideReason = new TextField();
        overrideReason.setId("field-override-reason");
        overrideReason.setPromptText("Why it is set by hand");
        overrideReason.textProperty().bindBidirectional(model.overrideReason);
        Forms.row(s, "Reason", overrideReason, Forms.error(model.error("overrideReason")));
        Button setBrag = c.primary("Set BRAG", "set-brag", MaterialDesignF.FLAG_CHECKERED);
        setBrag.setOnAction(e -> model.setBrag());
        Forms.row(s, "", setBrag, null);
        c.editable(status, brag, overrideReason);
        EditorGuards.ctrlEnter(setStatus, status);
        EditorGuards.ctrlEnter(setBrag, brag, overrideReason);
        return s;
    }
}
