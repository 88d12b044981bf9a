package org.waymark.ui.editor;

import static org.waymark.ui.editor.EditorParts.*;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.waymark.domain.Action;
import org.waymark.domain.DateRevision;
import org.waymark.domain.Drift;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.ui.PersonPicker;
import org.waymark.ui.widgets.Forms;

import java.util.stream.Collectors;

/** The Dates tab: the due date and its slippage, a revision with its reason, interim control and approver, and past revisions. */
final class DatesTab {

    private final EditorControls c;
    private final ActionEditorModel model;
    private final Label currentDue = new Label();
    private final Label driftLabel = new Label();
    private final PersonPicker approverPicker;
    private final Node node;

    DatesTab(EditorControls c) {
        this.c = c;
        this.model = c.model;
        approverPicker = new PersonPicker("field-approved-by", Person.Permission.APPROVE, model.approvedBy);
        node = scroll(section("Due date", now(), "Revise the due date", revise(), "Revisions", revisions()));
    }

    Node node() { return node; }

    /** Offers the people allowed to approve; call inside {@link EditorControls#filling}. */
    void fill(Plan plan) { approverPicker.setPeople(plan.people()); }

    void show(Action a, Plan plan) {
        currentDue.setText(a.currentDue() == null ? "Not set" : Forms.date(a.currentDue())
                + (a.originalDue() != null && !a.originalDue().equals(a.currentDue()) ? "   (originally " + Forms.date(a.originalDue()) + ")" : ""));
        // Slip counts approved revisions only; a pending one is shown as requested, not as slip.
        String pending = model.revisions.stream().filter(DateRevision::pending).map(DateRevision::shiftText).collect(Collectors.joining(", "));
        driftLabel.setText(model.revisions.isEmpty() ? "No revisions: the due date has not moved."
                : Drift.of(model.revisions, plan.bragKey()).text() + (pending.isEmpty() ? "." : "; pending: " + pending + "."));
    }

    private GridPane now() {
        GridPane now = Forms.grid();
        currentDue.setId("current-due");
        Forms.row(now, "Current due", currentDue, null);
        driftLabel.setWrapText(true);
        Forms.row(now, "Slippage", driftLabel, null);
        return now;
    }

    private GridPane revise() {
        GridPane g = Forms.grid();
        var newDue = Forms.datePicker();
        newDue.setId("field-new-due");
        newDue.valueProperty().bindBidirectional(model.newDue);
        Forms.row(g, "New due date", newDue, Forms.error(model.error("newDue")));
        TextArea reason = area("field-reason", "Why the date has to move", model.reason);
        Forms.row(g, "Reason", reason, Forms.error(model.error("reason")));
        TextArea interim = area("field-interim-control", "What keeps patients safe until the new date", model.interimControl);
        Forms.row(g, "Interim control", interim, Forms.error(model.error("interimControl")));
        var approver = approverPicker.node();
        Forms.row(g, "Approved by", approver, Forms.error(model.error("approvedBy")));
        Button revise = c.primary("Revise due date", "revise-due-date", MaterialDesignC.CALENDAR_EDIT);
        revise.setOnAction(e -> model.reviseDueDate());
        Forms.row(g, "", revise, null);
        c.editable(newDue, reason, interim, approver);
        EditorGuards.ctrlEnter(revise, newDue, reason, interim, approver);
        return g;
    }

    private TableView<DateRevision> revisions() {
        TableView<DateRevision> table = new TableView<>(model.revisions);
        table.setId("revisions-table");
        table.setAccessibleText("Date revisions");
        org.waymark.ui.widgets.TableHeaders.neverTruncate(table);
        table.setPrefHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(empty("The due date has never been revised."));
        TableColumn<DateRevision, String> fromTo = column("From → to", 190, r -> Forms.date(r.oldDue()) + " → " + Forms.date(r.newDue()));
        fromTo.setMinWidth(180);
        table.getColumns().add(fromTo);
        TableColumn<DateRevision, String> slip = column("Moved", 60, DateRevision::shiftText);
        slip.setMinWidth(120);
        table.getColumns().add(slip);
        table.getColumns().add(column("Reason", 150, DateRevision::reason));
        table.getColumns().add(column("Interim control", 150, DateRevision::interimControl));
        table.getColumns().add(column("Approved", 130, r -> r.pending() ? "Pending" : r.approvedBy() + ", " + Forms.date(r.approvedOn())));
        return table;
    }
}
