package org.waymark.ui.editor;

import static org.waymark.ui.editor.EditorParts.*;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.BragResult;
import org.waymark.domain.Committee;
import org.waymark.domain.DateRevision;
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.domain.ProgressUpdate;
import org.waymark.domain.Requirement;
import org.waymark.domain.Theme;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;
import org.waymark.ui.PersonPicker;
import org.waymark.ui.PlanContext;

import java.util.List;
import java.util.function.Function;

/**
 * The side pane that edits one action, in five tabs. Every control is bound to {@link ActionEditorModel}; buttons
 * call the model, and each field's message label shows what the model or the app layer refused. In read-only
 * mode every input and button is disabled.
 */
public final class ActionEditorPane {

    public static final KeyCombination POST_UPDATE_SHORTCUT = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ActionEditorModel model;
    private final PlanContext ctx;
    private final BorderPane root = new BorderPane();
    private final Label heading = new Label();
    private final Label subheading = new Label();
    private final StackPane bragHolder = new StackPane();
    private final Label bragReason = new Label();
    private final TabPane tabs = new TabPane();
    final Tab detailsTab = new Tab("Details");
    final Tab updatesTab = new Tab("Updates");
    final Tab evidenceTab = new Tab("Evidence");
    final Tab datesTab = new Tab("Dates");
    final Tab historyTab = new Tab("History");
    private final ComboBox<Requirement> requirement = new ComboBox<>();
    private final ComboBox<Theme> theme = new ComboBox<>();
    private final ComboBox<Person> executive = new ComboBox<>();
    private final ComboBox<Person> operational = new ComboBox<>();
    private final ComboBox<Committee> committee = new ComboBox<>();
    private final ComboBox<Committee> signOffCommittee = new ComboBox<>();
    private final TextField ref = new TextField();
    private final TextArea updateText = new TextArea();
    private final TextField updateProgress = new TextField();
    private final Label currentDue = new Label();
    private final Label signOffState = new Label();
    private final Label driftLabel = new Label();
    private final TableView<EvidenceItem> evidenceTable = new TableView<>();
    private Plan plan;
    private boolean filling;
    private EvidenceFilesBar files;
    private final PersonPicker verifierPicker;
    private final PersonPicker signOffPicker;
    private final PersonPicker approverPicker;

    public ActionEditorPane(PlanContext ctx, Runnable onClose) {
        this.ctx = ctx;
        this.model = new ActionEditorModel(ctx);
        verifierPicker = new PersonPicker("field-verified-by", Person.Permission.VERIFY, model.verifiedBy);
        signOffPicker = new PersonPicker("field-signed-off-by", Person.Permission.SIGN_OFF, model.signedOffBy);
        approverPicker = new PersonPicker("field-approved-by", Person.Permission.APPROVE, model.approvedBy);
        root.setId("action-editor");
        root.getStyleClass().add("action-editor");
        root.setMinWidth(420);

        heading.getStyleClass().add("title-3");
        heading.setId("editor-heading");
        heading.setWrapText(true);
        subheading.getStyleClass().add("text-muted");
        subheading.setWrapText(true);
        bragReason.getStyleClass().add("text-muted");
        bragReason.setWrapText(true);
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.setId("editor-close");
        close.getStyleClass().addAll("flat", "button-icon");
        close.setAccessibleText("Close the action editor");
        close.setTooltip(new Tooltip("Close (Esc)"));
        Runnable closeSafely = () -> EditorGuards.closeSafely(model, ctx.dialogs(), onClose);
        close.setOnAction(e -> closeSafely.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox titleRow = new HBox(8, heading, grow, close);
        titleRow.setAlignment(Pos.TOP_LEFT);
        HBox bragRow = new HBox(10, bragHolder, bragReason);
        bragRow.setAlignment(Pos.CENTER_LEFT);
        Label general = Forms.error(model.error("general"));
        general.setId("editor-error");
        VBox header = new VBox(6, titleRow, subheading, bragRow, general);
        header.getStyleClass().add("editor-header");
        header.setPadding(new Insets(14, 16, 10, 16));
        root.setTop(header);

        detailsTab.setContent(scroll(details()));
        updatesTab.setContent(updates());
        evidenceTab.setContent(scroll(evidence()));
        datesTab.setContent(scroll(dates()));
        historyTab.setContent(history());
        for (Tab t : List.of(detailsTab, updatesTab, evidenceTab, datesTab, historyTab)) t.setClosable(false);
        detailsTab.setId("tab-details");
        updatesTab.setId("tab-updates");
        evidenceTab.setId("tab-evidence");
        datesTab.setId("tab-dates");
        historyTab.setId("tab-history");
        tabs.getTabs().addAll(detailsTab, updatesTab, evidenceTab, datesTab, historyTab);
        tabs.setId("editor-tabs");
        tabs.setAccessibleText("Action editor: details, updates, evidence, dates and history");
        root.setCenter(tabs);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (POST_UPDATE_SHORTCUT.match(e)) { startUpdate(); e.consume(); }
            else if (e.getCode() == KeyCode.ESCAPE) { closeSafely.run(); e.consume(); }
        });
        EditorGuards.clearStaleErrors(model);
        model.action().addListener((o, a, b) -> showHeader());
        model.brag().addListener((o, a, b) -> showHeader());
    }

    public Node node() { return root; }

    public ActionEditorModel model() { return model; }

    public void open(long actionId) {
        plan = ctx.session().plan();
        fillChoices();
        model.load(plan, actionId);
        showHeader();
    }

    /** After any change to the plan: show the action's new state, keep what is being typed. */
    public void reload() {
        Action a = model.action().get();
        if (a != null) open(a.id());
    }

    public void selectTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    public void focusFirstField() {
        javafx.application.Platform.runLater(tabs::requestFocus);
    }

    /** Ctrl+Shift+U: to the Updates tab with the cursor in the new update, for keyboard users. */
    public void startUpdate() {
        tabs.getSelectionModel().select(updatesTab);
        javafx.application.Platform.runLater(updateText::requestFocus);
    }

    private void showHeader() {
        Action a = model.action().get();
        if (a == null) { heading.setText("No action chosen"); return; }
        heading.setText(a.ref() + "  " + a.title());
        String owner = plan == null ? "" : plan.person(a.executiveLeadId()).map(Person::name).orElse("No executive lead");
        subheading.setText(a.status().label() + " · " + a.progress() + "% · due " + (a.currentDue() == null ? "not set" : Forms.date(a.currentDue())) + " · " + owner);
        BragResult b = model.brag().get();
        bragHolder.getChildren().setAll(b == null ? List.of() : List.of(BragChip.named(b.brag(), b.overridden(), b.reason())));
        bragReason.setText(b == null ? "" : b.reason());
        currentDue.setText(a.currentDue() == null ? "Not set" : Forms.date(a.currentDue())
                + (a.originalDue() != null && !a.originalDue().equals(a.currentDue()) ? "   (originally " + Forms.date(a.originalDue()) + ")" : ""));
        signOffState.setText(a.signOff() == null ? "Not signed off yet." : "Signed off by " + a.signOff().signedOffBy()
                + (a.signOff().committeeId() == null ? "" : " through " + plan.committees().stream().filter(c -> c.id() == a.signOff().committeeId()).map(Committee::name).findFirst().orElse("a committee"))
                + " on " + Forms.date(a.signOff().signedOn()) + ".");
        // Slip counts approved revisions only; a pending one is shown as requested, not as slip.
        String pending = model.revisions.stream().filter(DateRevision::pending).map(DateRevision::shiftText).collect(java.util.stream.Collectors.joining(", "));
        driftLabel.setText(org.waymark.domain.Drift.of(model.revisions, plan.bragKey()).text() + (pending.isEmpty() ? "." : "; pending: " + pending + "."));
        if (model.revisions.isEmpty()) driftLabel.setText("No revisions: the due date has not moved.");
    }

    // ---- Details -----------------------------------------------------------------------------------------

    private Node details() {
        GridPane g = Forms.grid();
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
        Forms.row(g, "Requirement", bindChoice(requirement, model.requirementId, Requirement::id), null);
        Forms.row(g, "Theme", bindChoice(theme, model.themeId, Theme::id), null);
        Forms.row(g, "Executive lead", bindChoice(executive, model.executiveLeadId, Person::id), null);
        Forms.row(g, "Operational lead", bindChoice(operational, model.operationalLeadId, Person::id), null);
        Forms.row(g, "Assurance committee", bindChoice(committee, model.committeeId, Committee::id), null);
        var start = Forms.datePicker();
        start.valueProperty().bindBidirectional(model.start);
        start.setId("field-start");
        Forms.row(g, "Start", start, Forms.error(model.error("start")));
        var original = Forms.datePicker();
        original.valueProperty().bindBidirectional(model.originalDue);
        original.setId("field-original-due");
        original.setTooltip(new Tooltip("Set once. Later changes are revisions, made on the Dates tab."));
        original.disableProperty().bind(Bindings.createBooleanBinding(() -> model.action().get() != null && model.action().get().originalDue() != null, model.action())
                .or(ctx.readOnly()));
        Forms.row(g, "Original due", original, Forms.error(model.error("originalDue")));
        Button save = primary("Save details", "save-details", MaterialDesignC.CONTENT_SAVE_OUTLINE);
        save.setOnAction(e -> model.saveDetails());
        Forms.row(g, "", save, null);
        for (Node n : List.of(ref, title, description, requirement, theme, executive, operational, committee, start)) editable(n);
        EditorGuards.ctrlEnter(save, ref, title, description, requirement, theme, executive, operational, committee, start, original);

        GridPane s = Forms.grid();
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.getItems().addAll(ActionStatus.values());
        Forms.setLabels(status, "Choose…", ActionStatus::label);
        status.valueProperty().bindBidirectional(model.status);
        status.setId("field-status");
        editable(status);
        Button setStatus = primary("Change status", "change-status", MaterialDesignF.FLAG_OUTLINE);
        setStatus.setOnAction(e -> model.changeStatus());
        Forms.row(s, "Status", hbox(status, setStatus), Forms.error(model.error("status")));

        ComboBox<Brag> brag = new ComboBox<>();
        brag.getItems().add(null);
        brag.getItems().addAll(Brag.values());
        Forms.setLabels(brag, "Automatic (from the BRAG key)", b -> BragChip.shape(b) + " " + b.label());
        brag.valueProperty().bindBidirectional(model.bragChoice);
        brag.setId("field-brag");
        editable(brag);
        Forms.row(s, "BRAG", brag, Forms.error(model.error("brag")));
        TextField overrideReason = new TextField();
        overrideReason.setId("field-override-reason");
        overrideReason.setPromptText("Why it is set by hand");
        overrideReason.textProperty().bindBidirectional(model.overrideReason);
        editable(overrideReason);
        Forms.row(s, "Reason", overrideReason, Forms.error(model.error("overrideReason")));
        Button setBrag = primary("Set BRAG", "set-brag", MaterialDesignF.FLAG_CHECKERED);
        setBrag.setOnAction(e -> model.setBrag());
        Forms.row(s, "", setBrag, null);
        EditorGuards.ctrlEnter(setStatus, status);
        EditorGuards.ctrlEnter(setBrag, brag, overrideReason);
        return section("Status and BRAG", s, "Details", g);
    }

    // ---- Updates -----------------------------------------------------------------------------------------

    private Node updates() {
        updateText.setId("field-update-text");
        updateText.setPromptText("What has happened since the last update?  (Ctrl+Enter posts)");
        updateText.setWrapText(true);
        updateText.setPrefRowCount(3);
        updateText.setAccessibleText("New progress update");
        updateText.textProperty().bindBidirectional(model.updateText);
        updateText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) { model.postUpdate(); e.consume(); }
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isControlDown()) {
                // Tab leaves the text area, as in every other field, instead of typing a tab character
                e.consume();
                updateProgress.requestFocus();
            }
        });
        editable(updateText);
        TextField progress = updateProgress;
        progress.setId("field-update-progress");
        progress.setPromptText("e.g. 60");
        progress.setPrefColumnCount(5);
        progress.setAccessibleText("Progress percent");
        progress.textProperty().bindBidirectional(model.updateProgress);
        progress.setOnAction(e -> model.postUpdate());
        editable(progress);
        Button post = primary("Post update", "post-update", MaterialDesignC.COMMENT_PLUS_OUTLINE);
        post.setOnAction(e -> model.postUpdate());
        GridPane g = Forms.grid();
        Forms.row(g, "New update", updateText, Forms.error(model.error("text")));
        Forms.row(g, "Progress %", hbox(progress, post), Forms.error(model.error("progress")));
        EditorGuards.ctrlEnter(post, progress);

        ListView<ProgressUpdate> list = new ListView<>(model.updates);
        list.setId("updates-list");
        list.setAccessibleText("Progress updates, newest first");
        list.setPlaceholder(empty("No updates yet. Post the first one above."));
        list.setCellFactory(v -> new ListCell<>() {
            private final Label meta = new Label();
            private final Label text = new Label();
            private final VBox box = new VBox(2, meta, text);
            {
                meta.getStyleClass().add("update-meta");
                text.setWrapText(true);
                // A wrapping label in a list cell needs a width to wrap to, and its full height, or it is cut with "…".
                text.prefWidthProperty().bind(v.widthProperty().subtract(40));
                text.maxWidthProperty().bind(v.widthProperty().subtract(40));
                text.setMinHeight(Region.USE_PREF_SIZE);
                box.setPadding(new Insets(6, 4, 8, 4));
            }
            @Override protected void updateItem(ProgressUpdate u, boolean empty) {
                super.updateItem(u, empty);
                if (empty || u == null) { setGraphic(null); return; }
                meta.setText(Forms.date(u.postedOn()) + "  ·  " + u.author() + (u.progress() == null ? "" : "  ·  " + u.progress() + "%"));
                text.setText(u.text());
                setGraphic(box);
                setAccessibleText(meta.getText() + ": " + u.text());
            }
        });
        VBox box = new VBox(12, g, sectionTitle("Updates, newest first"), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(14, 16, 14, 16));
        return box;
    }

    // ---- Evidence ----------------------------------------------------------------------------------------

    private Node evidence() {
        files = new EvidenceFilesBar(ctx, model, evidenceTable);
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
        Button add = primary("Add evidence", "add-evidence", MaterialDesignF.FILE_PLUS_OUTLINE);
        add.setOnAction(e -> model.addEvidence());
        Forms.row(g, "", add, null);
        for (Node n : List.of(kind, reference, description)) editable(n);
        EditorGuards.ctrlEnter(add, kind, reference, description);

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
        var verifier = verifierPicker.node();
        editable(verifier);
        Button verify = primary("Verify selected", "verify-evidence", MaterialDesignC.CHECK_DECAGRAM_OUTLINE);
        verify.setOnAction(e -> model.verifyEvidence(evidenceTable.getSelectionModel().getSelectedItem()));
        GridPane v = Forms.grid();
        Forms.row(v, "Verified by", hbox(verifier, verify), Forms.error(model.error("verifiedBy")));
        EditorGuards.ctrlEnter(verify, verifier);

        GridPane s = Forms.grid();
        signOffState.setId("sign-off-state");
        signOffState.setWrapText(true);
        Forms.row(s, "Assurance", signOffState, null);
        var by = signOffPicker.node();
        editable(by);
        Forms.row(s, "Signed off by", by, Forms.error(model.error("signedOffBy")));
        Forms.row(s, "Committee", bindChoice(signOffCommittee, model.signOffCommitteeId, Committee::id), null);
        editable(signOffCommittee);
        Button sign = primary("Sign off", "sign-off", MaterialDesignC.CHECK_ALL);
        sign.setOnAction(e -> model.signOff());
        Forms.row(s, "", sign, null);
        EditorGuards.ctrlEnter(sign, by, signOffCommittee);
        VBox list = new VBox(8, files.node(), evidenceTable, v);
        return section("Add evidence", g, "Evidence", list, "Assurance sign-off", s);
    }

    // ---- Dates -------------------------------------------------------------------------------------------

    private Node dates() {
        GridPane now = Forms.grid();
        currentDue.setId("current-due");
        Forms.row(now, "Current due", currentDue, null);
        driftLabel.setWrapText(true);
        Forms.row(now, "Slippage", driftLabel, null);

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
        Button revise = primary("Revise due date", "revise-due-date", MaterialDesignC.CALENDAR_EDIT);
        revise.setOnAction(e -> model.reviseDueDate());
        Forms.row(g, "", revise, null);
        for (Node n : List.of(newDue, reason, interim, approver)) editable(n);
        EditorGuards.ctrlEnter(revise, newDue, reason, interim, approver);

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
        return section("Due date", now, "Revise the due date", g, "Revisions", table);
    }

    // ---- History -----------------------------------------------------------------------------------------

    private Node history() { return HistoryTable.of(model.history); }

    // ---- helpers -----------------------------------------------------------------------------------------

    private void fillChoices() {
        filling = true;
        try {
            setItems(requirement, plan.requirements(), "No requirement", r -> r.ref() + "  " + r.text());
            setItems(theme, plan.themes(), "No theme", Theme::name);
            List<Person> people = plan.people().stream().sorted(java.util.Comparator.comparing(Person::name)).toList();
            setItems(executive, people, "No executive lead", Person::name);
            setItems(operational, people, "No operational lead", Person::name);
            setItems(committee, plan.committees(), "No committee", Committee::name);
            setItems(signOffCommittee, plan.committees(), "No committee", Committee::name);
            for (PersonPicker picker : List.of(verifierPicker, signOffPicker, approverPicker)) picker.setPeople(plan.people());
        } finally {
            filling = false;
        }
    }

    private static <T> void setItems(ComboBox<T> box, List<T> values, String none, Function<T, String> label) {
        if (box.getItems().size() == values.size() + 1 && box.getItems().subList(1, box.getItems().size()).equals(values)) return;
        T chosen = box.getValue();
        box.getItems().setAll(values);
        box.getItems().add(0, null);
        Forms.setLabels(box, none, label);
        box.setValue(chosen != null && values.contains(chosen) ? chosen : null);
    }

    /** Keeps a drop-down of records and the model's id property in step, both ways. */
    private <T> ComboBox<T> bindChoice(ComboBox<T> box, ObjectProperty<Long> id, Function<T, Long> key) {
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, a, v) -> { if (!filling) id.set(v == null ? null : key.apply(v)); });
        id.addListener((o, a, v) -> {
            T match = v == null ? null : box.getItems().stream().filter(java.util.Objects::nonNull).filter(t -> key.apply(t).equals(v)).findFirst().orElse(null);
            boolean was = filling;
            filling = true;
            box.setValue(match);
            filling = was;
        });
        return box;
    }

    private void editable(Node n) {
        n.disableProperty().bind(ctx.readOnly());
    }

    private Button primary(String text, String id, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.disableProperty().bind(ctx.readOnly().or(model.action().isNull()));
        return b;
    }
}
