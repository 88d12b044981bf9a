package org.waymark.ui.editor;

import static org.waymark.ui.editor.EditorParts.*;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.waymark.ui.widgets.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.waymark.domain.Action;
import org.waymark.domain.BragResult;
import org.waymark.domain.Person;
import org.waymark.domain.Plan;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;
import org.waymark.ui.PlanContext;

import java.util.List;

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
    private final EditorControls controls;
    private final DetailsTab details;
    private final UpdatesTab updates;
    private final EvidenceTab evidence;
    private final DatesTab dates;
    private Plan plan;
    private final Label changedText = new Label();
    private final HBox changedBar = changedBar();

    public ActionEditorPane(PlanContext ctx, Runnable onClose) {
        this.ctx = ctx;
        this.model = new ActionEditorModel(ctx);
        this.controls = new EditorControls(ctx, model);
        details = new DetailsTab(controls);
        updates = new UpdatesTab(controls);
        evidence = new EvidenceTab(controls);
        dates = new DatesTab(controls);
        root.setId("action-editor");
        root.getStyleClass().add("action-editor");
        // Its minimum width (30em, 420 px at 100 %) is in waymark.css, so that it grows with the zoom.

        heading.getStyleClass().add("title-3");
        heading.setId("editor-heading");
        heading.setWrapText(true);
        subheading.getStyleClass().add("text-muted");
        subheading.setWrapText(true);
        bragReason.getStyleClass().add("text-muted");
        bragReason.setWrapText(true);
        Button close = new Button(null, Icons.of(MaterialDesignC.CLOSE));
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
        VBox header = new VBox(6, titleRow, subheading, bragRow, general, changedBar);
        header.getStyleClass().add("editor-header");
        header.setPadding(new Insets(14, 16, 10, 16));
        root.setTop(header);

        detailsTab.setContent(details.node());
        updatesTab.setContent(updates.node());
        evidenceTab.setContent(evidence.node());
        datesTab.setContent(dates.node());
        historyTab.setContent(HistoryTable.of(model.history));
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

    /**
     * Someone else changed the open action (a shared plan): say so above the tabs until dismissed or another action
     * is opened. What the user typed stays in the fields (see {@link ActionEditorModel#load}).
     */
    public void changedUnderneath(long actionId, String whoWhatWhen) {
        Action a = model.action().get();
        if (a == null || a.id() != actionId) return;
        // Called before the editor reloads, so the model still holds what the user saw and what they typed over it.
        changedText.setText(whoWhatWhen + " while you had it open. " + (model.hasTyping()
                ? "What you typed here is kept and not yet saved: compare it with their change (History tab), then save yours or close the editor to drop it."
                : "The editor now shows their change (see the History tab)."));
        changedBar.setVisible(true);
    }

    public ActionEditorModel model() { return model; }

    public void open(long actionId) {
        if (model.action().get() == null || model.action().get().id() != actionId) changedBar.setVisible(false);
        plan = ctx.session().plan();
        controls.filling(() -> {
            details.fill(plan);
            evidence.fill(plan);
            dates.fill(plan);
        });
        model.load(plan, actionId);
        if (model.action().get() != null) details.showTags(model.action().get());
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
        javafx.application.Platform.runLater(updates::focusNewUpdate);
    }

    private HBox changedBar() {
        changedText.setId("editor-changed-text");
        changedText.setWrapText(true);
        changedText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(changedText, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("editor-changed-dismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ALERT_OUTLINE), changedText, dismiss);
        dismiss.setOnAction(e -> bar.setVisible(false));
        bar.setId("editor-changed-bar");
        bar.getStyleClass().add("editor-changed-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
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
        evidence.show(a, plan);
        dates.show(a, plan);
    }
}
