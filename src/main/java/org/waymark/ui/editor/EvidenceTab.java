package org.waymark.ui.editor;

import static org.waymark.ui.editor.EditorParts.*;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.waymark.domain.Action;
import org.waymark.domain.Committee;
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.ui.PersonPicker;
import org.waymark.ui.widgets.Forms;

/** The Evidence tab: add, attach and verify evidence, then the assurance sign-off that Blue needs. */
final class EvidenceTab {

    private final EditorControls c;
    private final ActionEditorModel model;
    private final TableView<EvidenceItem> evidenceTable = new TableView<>();
    private final ComboBox<Committee> signOffCommittee = new ComboBox<>();
    private final Label signOffState = new Label();
    private final PersonPicker verifierPicker;
    private final PersonPicker signOffPicker;
    private final Node node;

    EvidenceTab(EditorControls c) {
        this.c = c;
        this.model = c.model;
        verifierPicker = new PersonPicker("field-verified-by", Person.Permission.VERIFY, model.verifiedBy);
        signOffPicker = new PersonPicker("field-signed-off-by", Person.Permission.SIGN_OFF, model.signedOffBy);
        EvidenceFilesBar files = new EvidenceFilesBar(c.ctx, model, evidenceTable);
        node = scroll(section("Add evidence", add(), "Evidence", new VBox(8, files.node(), table(files), verify()), "Assurance sign-off", signOff()));
    }

    Node node() { return node; }

    /** Offers the plan's committees and the people allowed to verify and sign off; call inside {@link EditorControls#filling}. */
    void fill(Plan plan) {
        EditorControls.setItems(signOffCommittee, plan.committees(), "No committee", Committee::name);
        verifierPicker.setPeople(plan.people());
        signOffPicker.setPeople(plan.people());
    }

    void show(Action a, Plan plan) {
        signOffState.setText(a.signOff() == null ? "Not signed off yet." : "Signed off by " + a.signOff().signedOffBy()
                + (a.signOff().committeeId() == null ? "" : " through " + plan.committees().stream().filter(k -> k.id() == a.signOff().committeeId())
                        .map(Committee::name).findFirst().orElse("a committee"))
                + " on " + Forms.date(a.signOff().signedOn()) + ".");
    }

    private GridPane add() {
        GridPane g = Forms.grid();
        ComboBox<String> kind = new ComboBox<>();
        kind.getItems().addAll("Document", "Link", "Audit", "Minutes", "Data", "Photo", "Other");
        kind.valueProperty().bindBidirectional(model.evidenceKind);
        kind.setId("field-evidence-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        Forms.row(g, "Kind", kind, null);
        TextField reference = new TextField();
        reference.setId("field-evidence-reference");
        reference.setPromptText("File path, link or document reference");
        reference.textProperty().bindBidirectional(model.evidenceReference);
        Forms.row(g, "Reference", reference, Forms.error(model.error("reference")));
        TextField description = new TextField();
        description.setId("field-evidence-description");
        description.textProperty().bindBidirectional(model.evidenceDescription);
        Forms.row(g, "Description", description, null);
        Button add = c.primary("Add evidence", "add-evidence", MaterialDesignF.FILE_PLUS_OUTLINE);
        add.setOnAction(e -> model.addEvidence());
        Forms.row(g, "", add, null);
        c.editable(kind, reference, description);
        EditorGuards.ctrlEnter(add, kind, reference, description);
        return g;
    }

    private TableView<EvidenceItem> table(EvidenceFilesBar files) {
        evidenceTable.setId("evidence-table");
        evidenceTable.setAccessibleText("Evidence for this action");
        org.waymark.ui.widgets.TableHeaders.neverTruncate(evidenceTable);
        evidenceTable.setItems(model.evidence);
        evidenceTable.setPrefHeight(170);
        evidenceTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        evidenceTable.setPlaceholder(empty("No evidence yet. Add a reference above, attach or link a file, or drop files here."));
        evidenceTable.getColumns().add(column("Kind", 70, EvidenceItem::kind));
        evidenceTable.getColumns().add(column("Reference", 170, EvidenceItem::reference));
        evidenceTable.getColumns().add(column("Added", 80, e -> Forms.date(e.added())));
        evidenceTable.getColumns().add(column("Verified", 150, e -> e.verified() ? "\u2714 " + e.verifiedBy() + ", " + Forms.date(e.verifiedOn()) : "Not verified"));
        evidenceTable.getColumns().add(files.column());
        return evidenceTable;
    }

    private GridPane verify() {
        var verifier = verifierPicker.node();
        c.editable(verifier);
        Button verify = c.primary("Verify selected", "verify-evidence", MaterialDesignC.CHECK_DECAGRAM_OUTLINE);
        verify.setOnAction(e -> model.verifyEvidence(evidenceTable.getSelectionModel().getSelectedItem()));
        GridPane v = Forms.grid();
        Forms.row(v, "Verified by", hbox(verifier, verify), Forms.error(model.error("verifiedBy")));
        EditorGuards.ctrlEnter(verify, verifier);
        return v;
    }

    private GridPane signOff() {
        GridPane s = Forms.grid();
        signOffState.setId("sign-off-state");
        signOffState.setWrapText(true);
        Forms.row(s, "Assurance", signOffState, null);
        var by = signOffPicker.node();
        Forms.row(s, "Signed off by", by, Forms.error(model.error("signedOffBy")));
        Forms.row(s, "Committee", c.bindChoice(signOffCommittee, model.signOffCommitteeId, Committee::id), null);
        c.editable(by, signOffCommittee);
        Button sign = c.primary("Sign off", "sign-off", MaterialDesignC.CHECK_ALL);
        sign.setOnAction(e -> model.signOff());
        Forms.row(s, "", sign, null);
        EditorGuards.ctrlEnter(sign, by, signOffCommittee);
        return s;
    }
}
