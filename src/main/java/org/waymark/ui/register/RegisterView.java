package org.waymark.ui.register;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.waymark.app.infra.SavedFilter;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanContext;
import org.waymark.ui.PlanView;
import org.waymark.ui.RegisterQuery;
import org.waymark.ui.editor.ActionEditorPane;


/**
 * The register: the filterable table of actions with the action editor beside it. Rows are rebuilt off the FX
 * thread once per plan revision; a filter change only runs a predicate over them and replaces the table's items.
 */
public final class RegisterView implements PlanView {

    private final PlanContext ctx;
    private final FilterBar filters = new FilterBar(this::apply);
    private final TableView<RegisterRow> table = RegisterTable.create();
    private final ShownRows shown;
    private final ActionEditorPane editor;
    private final SplitPane split = new SplitPane();
    private final BorderPane root = new BorderPane();
    private long builtFor = -1;
    private org.waymark.domain.Plan builtPlan;
    private java.time.LocalDate builtDay;
    private java.util.List<RegisterRow> builtRows;
    private RegisterFilter filter = RegisterFilter.NONE;
    private Long pendingOpen;

    public RegisterView(PlanContext ctx, Navigator nav) {
        this.ctx = ctx;
        this.editor = new ActionEditorPane(ctx, this::closeEditor);
        this.shown = new ShownRows(table);
        // Sorting is done here, on the filtered rows, so the table's items stay one list we control.
        table.setSortPolicy(t -> { shown.sortChanged(); apply(filter); return true; });
        table.setOnMouseClicked(e -> { if (e.getClickCount() == 2) openSelected(); });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) { openSelected(); e.consume(); }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null && split.getItems().contains(editor.node())) editor.open(row.actionId());
        });
        filters.search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) table.getSelectionModel().select(0);
                table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
                e.consume();
            }
        });
        VBox tableArea = new VBox(filters.node(), table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        tableArea.getStyleClass().add("register-area");
        // The table may give way entirely (see placeDivider); it scrolls and its filters wrap at any width.
        tableArea.setMinWidth(0);
        split.getItems().add(tableArea);
        split.setId("register-split");
        split.widthProperty().addListener((o, was, now) -> { if (narrow(was.doubleValue()) != narrow(now.doubleValue())) placeDivider(); });
        if (editor.node() instanceof javafx.scene.layout.Region r) r.minWidthProperty().addListener(o -> placeDivider());   // the zoom changed
        root.setCenter(split);
        root.getStyleClass().add("register-view");
        ctx.preferences().addListener((o, a, p) -> showSavedFilters());
        showSavedFilters();
    }

    @Override public String id() { return "register"; }
    @Override public String title() { return "Register"; }
    @Override public Node node() { return root; }

    @Override public void refresh() {
        long revision = ctx.session().revision();
        if (revision == builtFor) { editor.reload(); return; }
        var today = ctx.session().today();
        var before = builtPlan;
        var builtOn = builtDay;
        var previous = builtRows;
        // The plan is read (and, after an edit, refreshed) on the worker, never on the FX thread. Rows of actions
        // the edit did not touch are reused, so an edit at 20,000 actions rebuilds a handful of rows.
        ctx.executor().run("Loading the register…", () -> {
            var plan = ctx.session().plan();
            return java.util.Map.entry(plan, RegisterRows.of(plan, today, before, builtOn, previous));
        }, loaded -> {
            builtFor = revision;
            builtPlan = loaded.getKey();
            builtDay = today;
            builtRows = loaded.getValue();
            shown.load(loaded.getValue());
            filters.fill(loaded.getKey());
            apply(filters.current());
            editor.reload();
            if (pendingOpen != null) { Long id = pendingOpen; pendingOpen = null; openAction(id); }
        });
    }

    /** Shows the register narrowed to a query from another view (an overview cell, a person's items). */
    public void show(RegisterQuery query) {
        filters.set(RegisterFilter.from(query));
        apply(filters.current());
    }

    public void openAction(long actionId) {
        if (builtFor < 0) { pendingOpen = actionId; return; }
        table.getItems().stream().filter(r -> r.actionId() == actionId).findFirst().ifPresentOrElse(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(Math.max(0, table.getItems().indexOf(r) - 3));
        }, () -> table.getSelectionModel().clearSelection());
        showEditor();
        editor.open(actionId);
    }

    public void focusSearch() {
        filters.search.requestFocus();
        filters.search.selectAll();
    }

    /**
     * Edit › Find from another view: the search field, focused. The view swap's focus clean-up runs in the next pulse
     * and can hand focus to the toolbar, so focus is asked for again after it: focus only, no selection, so anything
     * typed meanwhile stays as typed.
     */
    public void focusSearchAfterSwap() {
        focusSearch();
        javafx.scene.Scene scene = node().getScene();
        if (scene == null) return;
        Runnable[] once = new Runnable[1];
        boolean[] done = {false};
        once[0] = () -> {
            if (done[0]) return;
            done[0] = true;
            javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            if (!filters.search.isFocused()) filters.search.requestFocus();
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    public ActionEditorPane editor() { return editor; }

    /** Others changed these actions (a shared plan), each with who, what and when: the open one's editor warns. */
    public void othersChanged(java.util.Map<Long, String> byAction) {
        byAction.forEach(editor::changedUnderneath);
    }

    /** Runs on the FX thread; 20k rows filter in a few milliseconds, measured by RegisterFilterBench. */
    void apply(RegisterFilter f) {
        filter = f;
        int count = shown.show(f.predicate(ctx.session().today()));
        int all = shown.rows().size();
        filters.count.setText(count == all ? "All " + all + " actions" : count + " of " + all + " actions shown");
    }

    RegisterFilter filter() { return filter; }

    FilterBar filterBar() { return filters; }

    TableView<RegisterRow> table() { return table; }

    private void openSelected() {
        RegisterRow r = table.getSelectionModel().getSelectedItem();
        if (r == null) return;
        showEditor();
        editor.open(r.actionId());
        editor.focusFirstField();
    }

    private void showEditor() {
        if (!split.getItems().contains(editor.node())) {
            split.getItems().add(editor.node());
            placeDivider();
        }
    }

    /**
     * Zoomed in on a small screen (200 % on 1366 pixels), the table and the editor do not both fit: the editor then takes
     * the whole width until it is closed (Esc), rather than both being cut off at the edge. The editor's minimum width is
     * in em (waymark.css), so this follows the zoom.
     */
    private void placeDivider() {
        if (!split.getItems().contains(editor.node())) return;
        editor.node().applyCss();   // its minimum is in em: read it once its stylesheet applies
        split.setDividerPositions(narrow(split.getWidth()) ? 0 : 0.56);
    }

    private boolean narrow(double width) { return width > 0 && width < 1.6 * editor.node().minWidth(-1); }

    private void closeEditor() {
        split.getItems().remove(editor.node());
        table.requestFocus();
    }

    private void showSavedFilters() {
        filters.savedFilters(ctx.preferences().get().savedFilters(), f -> {
            RegisterFilter rf = RegisterFilter.from(f);
            filters.set(rf);
            apply(rf);
        }, () -> ctx.dialogs().ask("Save filter", "Name for this filter:", "").ifPresent(name ->
                ctx.savePreferences(ctx.preferences().get().withSavedFilter(filters.current().saveAs(name)))),
                f -> ctx.savePreferences(ctx.preferences().get().withoutSavedFilter(f.name())));
    }

    /** For saved filters offered elsewhere (Preferences). */
    public void applySaved(SavedFilter f) {
        RegisterFilter rf = RegisterFilter.from(f);
        filters.set(rf);
        apply(rf);
    }
}
