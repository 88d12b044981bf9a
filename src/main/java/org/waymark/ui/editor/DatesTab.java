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
import org.waymark.ui.widgets.Icons;
import org.waymark.ui.widgets.Wrapping;

import java.util.stream.Collectors;

/**
 * The Dates tab: the due date and its slippage, requests for a new date awaiting approval, asking for a new date (its
 * reason and interim control), recording one already approved elsewhere where the plan allows, and past revisions.
 */
final class DatesTab {

    private final EditorControls c;
    private final ActionEditorModel model;
    private final Label currentDue = new Label();
    private final Label driftLabel = new Label();
    private final PersonPicker approverPicker;
    private final PendingRequests pending;
    private final Node node;

    DatesTab(EditorControls c) {
        this.c = c;
        this.model = c.model;
        approverPicker = new PersonPicker("field-approved-by", Person.Permission.APPROVE, model.approvedBy);
        pending = new PendingRequests(c);
        javafx.scene.control.ScrollPane page = scroll(section("Due date", new javafx.scene.layout.VBox(10, now(), pending.node()), "Ask for a new date", revise(),
                "Revisions", revisions()));
        // A request just made (or one waiting when the action opens) is what the user needs to see next, at the top.
        pending.shown.addListener((javafx.beans.InvalidationListener) o -> { if (pending.shown.get() > 0) page.setVvalue(0); });
        node = page;
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
                : Drift.of(model.revisions, plan.bragKey()).text() + (pending.isEmpty() ? "." : "; awaiting approval: " + pending + "."));
        this.pending.show(a, model.revisions);
    }

    private GridPane now() {
        GridPane now = Forms.grid();
        currentDue.setId("current-due");
        Forms.row(now, "Current due", currentDue, null);
        driftLabel.setWrapText(true);
        Forms.row(now, "Slippage", driftLabel, null);
        return now;
    }

    private Node revise() {
        GridPane g = Forms.grid();
        var newDue = Forms.datePicker();
        newDue.setId("field-new-due");
        newDue.valueProperty().bindBidirectional(model.newDue);
        Forms.row(g, "New due date", newDue, Forms.error(model.error("newDue")));
        TextArea reason = area("field-reason", "Why the date has to move", model.reason);
        Forms.row(g, "Reason", reason, Forms.error(model.error("reason")));
        TextArea interim = area("field-interim-control", "What keeps patients safe until the new date", model.interimControl);
        Forms.row(g, "Interim control", interim, Forms.error(model.error("interimControl")));
        Button ask = c.primary("Ask for a new date", "request-revision", MaterialDesignC.CALENDAR_QUESTION);
        ask.setOnAction(e -> model.requestRevision());
        Label asked = Wrapping.lines(new Label("The due date moves once someone allowed to approve date revisions approves it."));
        asked.getStyleClass().add("text-muted");
        Forms.row(g, "", new javafx.scene.layout.VBox(6, ask, asked), null);
        // A date approved elsewhere (at a committee, say) is recorded with its approver, unless the plan needs a second person here.
        GridPane elsewhere = Forms.grid();
        var approver = approverPicker.node();
        Label hint = Wrapping.lines(new Label("Approved already, at a committee say? Choose who approved it and record the new date as approved."));
        hint.getStyleClass().add("text-muted");
        Forms.row(elsewhere, "", hint, null);
        Forms.row(elsewhere, "Approved by", approver, Forms.error(model.error("approvedBy")));
        Button revise = new Button("Record as already approved", Icons.of(MaterialDesignC.CALENDAR_EDIT));
        revise.setId("revise-due-date");
        revise.setMnemonicParsing(false);
        revise.disableProperty().bind(c.ctx.readOnly().or(model.action().isNull()));
        revise.setOnAction(e -> model.reviseDueDate());
        Forms.row(elsewhere, "", revise, null);
        elsewhere.visibleProperty().bind(pending.approverMustDiffer.not());
        elsewhere.managedProperty().bind(elsewhere.visibleProperty());
        c.editable(newDue, reason, interim, approver);
        // As Apply on closing does: with an approver chosen the date is recorded as approved, otherwise it is asked for.
        EditorGuards.ctrlEnter(() -> model.approvedBy.get() == null || model.approvedBy.get().isBlank() ? ask : revise, newDue, reason, interim, approver);
        return new javafx.scene.layout.VBox(10, g, elsewhere);
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
        table.getColumns().add(column("Approved", 130, r -> r.pending() ? "Awaiting approval" : r.approvedBy() + ", " + Forms.date(r.approvedOn())));
        return table;
    }
}
