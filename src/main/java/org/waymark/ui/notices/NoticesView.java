package org.waymark.ui.notices;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import org.waymark.ui.widgets.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.waymark.app.Refused;
import org.waymark.domain.Action;
import org.waymark.domain.Brag;
import org.waymark.domain.Plan;
import org.waymark.domain.Priority;
import org.waymark.domain.RegulatorySource;
import org.waymark.domain.Requirement;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanContext;
import org.waymark.ui.PlanView;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Notices and findings: each source, the requirements it sets with their deadlines, and the actions answering them. */
public final class NoticesView implements PlanView {

    /** One line of the tree. */
    sealed interface Line permits SourceLine, RequirementLine, ActionLine {}
    record SourceLine(RegulatorySource source, int requirements) implements Line {}
    record RequirementLine(Requirement requirement, int actions, int blue, long daysLeft) implements Line {}
    record ActionLine(Action action, Brag brag) implements Line {}

    private final PlanContext ctx;
    private final Navigator nav;
    private final TreeTableView<Line> tree = new TreeTableView<>();
    private final BorderPane root = new BorderPane();
    private final TreeMemory<Line> memory = new TreeMemory<>(tree, NoticesView::key);
    private final Button addSource = button("Add source", "add-source", MaterialDesignP.PLUS_BOX_OUTLINE);
    private final Button addRequirement = button("Add requirement", "add-requirement", MaterialDesignP.PLAYLIST_PLUS);
    private final Button edit = button("Edit", "edit-notice", MaterialDesignP.PENCIL_OUTLINE);
    private final Button addAction = button("Add action", "add-action", MaterialDesignP.PLUS_CIRCLE_OUTLINE);
    private final Button openAction = button("Open action", "open-action", MaterialDesignO.OPEN_IN_NEW);
    private final FindingTags findingTags;
    private long builtFor = -1;

    public NoticesView(PlanContext ctx, Navigator nav) {
        this.ctx = ctx;
        this.nav = nav;
        this.findingTags = new FindingTags(ctx);
        tree.setId("notices-tree");
        tree.setAccessibleText("Notices and findings, their requirements and actions");
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY);
        tree.setPlaceholder(new Label("No notices or findings yet. Add the warning notice or inspection report with “Add source”."));
        tree.getColumns().add(column("Source, requirement or action", 470, this::describe));
        tree.getColumns().add(column("Kind", 200, this::kind));
        TreeTableColumn<Line, String> deadline = column("Deadline / due", 155, this::deadline);
        // A date such as "Issued 22/07/2024" must never be cut short on a 1366-pixel screen.
        deadline.setMinWidth(150);
        tree.getColumns().add(deadline);
        TreeTableColumn<Line, Line> days = new TreeTableColumn<>("Days left");
        days.setPrefWidth(95);
        days.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue()));
        days.setCellFactory(c -> new TreeTableCell<>() {
            @Override protected void updateItem(Line l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().removeAll("overdue", "due-soon");
                setText(null);
                if (empty || l == null) return;
                long d = daysLeft(l);
                if (d == Long.MIN_VALUE) return;
                boolean met = l instanceof RequirementLine r && r.actions() > 0 && r.actions() == r.blue();
                setText(met ? "Met" : d < 0 ? -d + " days over" : d == 0 ? "Today" : d + " days");
                if (met) return;
                if (d < 0) getStyleClass().add("overdue");
                else if (d <= 28 && d >= 0) getStyleClass().add("due-soon");
            }
        });
        tree.getColumns().add(days);
        TreeTableColumn<Line, Line> state = new TreeTableColumn<>("State");
        state.setPrefWidth(140);
        state.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue()));
        state.setCellFactory(c -> new TreeTableCell<>() {
            @Override protected void updateItem(Line l, boolean empty) {
                super.updateItem(l, empty);
                setGraphic(null);
                setText(null);
                if (empty || l == null) return;
                if (l instanceof ActionLine a) { setGraphic(BragChip.of(a.brag())); setText(a.action().status().label()); }
                else if (l instanceof RequirementLine r) setText(r.actions() == 0 ? "No actions yet" : r.blue() + " of " + r.actions() + " Blue");
                else if (l instanceof SourceLine s) setText(s.requirements() + (s.requirements() == 1 ? " requirement" : " requirements"));
            }
        });
        tree.getColumns().add(state);
        tree.setRowFactory(t -> {
            var row = new javafx.scene.control.TreeTableRow<Line>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() instanceof ActionLine a) nav.openAction(a.action().id());
            });
            return row;
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected() instanceof ActionLine a) nav.openAction(a.action().id());
        });

        addSource.setOnAction(e -> addSource(null, null));
        addRequirement.setOnAction(e -> addRequirement(null, null));
        edit.setOnAction(e -> editSelected());
        addAction.setOnAction(e -> addAction(null, null));
        openAction.setOnAction(e -> { if (selected() instanceof ActionLine a) nav.openAction(a.action().id()); });
        var sel = tree.getSelectionModel().selectedItemProperty();
        sel.addListener((o, a, i) -> findingTags.show(i != null && i.getValue() instanceof RequirementLine r ? r.requirement() : null));
        addSource.disableProperty().bind(ctx.readOnly());
        addRequirement.disableProperty().bind(ctx.readOnly().or(sel.isNull()));
        edit.disableProperty().bind(ctx.readOnly().or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !(selected() instanceof SourceLine || selected() instanceof RequirementLine), sel)));
        addAction.disableProperty().bind(ctx.readOnly().or(javafx.beans.binding.Bindings.createBooleanBinding(() -> !(selected() instanceof RequirementLine), sel)));
        openAction.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !(selected() instanceof ActionLine), sel));
        Label hint = new Label("Deadlines are per requirement; CQC re-inspects after the latest one.");
        hint.getStyleClass().add("text-muted");
        ToolBar bar = new ToolBar(addSource, addRequirement, edit, addAction, new javafx.scene.control.Separator(), openAction, spacer(), hint);
        bar.getStyleClass().add("view-toolbar");
        root.setTop(bar);
        root.setCenter(tree);
        root.setBottom(findingTags.node());
        root.getStyleClass().add("notices-view");
    }

    @Override public String id() { return "notices"; }
    @Override public String title() { return "Notices & findings"; }
    @Override public Node node() { return root; }

    @Override public void refresh() {
        if (builtFor == ctx.session().revision() && tree.getRoot() != null) return;
        builtFor = ctx.session().revision();
        // Reading the plan may reload it after an edit: do that on the worker, then build here on the FX thread.
        ctx.executor().run(null, () -> ctx.session().plan(), this::show);
    }

    private void show(Plan plan) {
        memory.remember();
        LocalDate today = ctx.session().today();
        TreeItem<Line> top = new TreeItem<>();
        boolean first = memory.isEmpty();
        for (RegulatorySource s : plan.sources()) {
            List<Requirement> reqs = plan.requirements().stream().filter(r -> r.sourceId() == s.id()).toList();
            TreeItem<Line> si = new TreeItem<>(new SourceLine(s, reqs.size()));
            si.setExpanded(first || memory.isExpanded(si.getValue()));
            for (Requirement r : reqs) {
                List<Action> actions = plan.actions().stream().filter(a -> Long.valueOf(r.id()).equals(a.requirementId())).toList();
                int blue = (int) actions.stream().filter(a -> plan.brag(a, today).brag() == Brag.BLUE).count();
                long days = r.deadline() == null ? Long.MIN_VALUE : ChronoUnit.DAYS.between(today, r.deadline());
                TreeItem<Line> ri = new TreeItem<>(new RequirementLine(r, actions.size(), blue, days));
                ri.setExpanded(memory.isExpanded(ri.getValue()));
                for (Action a : actions) ri.getChildren().add(new TreeItem<>(new ActionLine(a, plan.brag(a, today).brag())));
                si.getChildren().add(ri);
            }
            top.getChildren().add(si);
        }
        tree.setRoot(top);
        // An edit rebuilds the tree: keep the same line chosen, so the finding's tags stay open below.
        memory.restore(top);
    }

    private static String key(Line l) {
        if (l instanceof SourceLine s) return "s" + s.source().id();
        if (l instanceof RequirementLine r) return "r" + r.requirement().id();
        return "a" + ((ActionLine) l).action().id();
    }

    private Line selected() {
        TreeItem<Line> i = tree.getSelectionModel().getSelectedItem();
        return i == null ? null : i.getValue();
    }

    private void addSource(RegulatorySource draft, String problem) {
        ctx.dialogs().show(NoticeDialogs.source(draft, problem)).ifPresent(s ->
                ctx.perform(ctx.edits().addSource(s), null, e -> addSource(s, message(e))));
    }

    private void addRequirement(Requirement draft, String problem) {
        Line l = selected();
        long sourceId = draft != null ? draft.sourceId() : l instanceof SourceLine s ? s.source().id()
                : l instanceof RequirementLine r ? r.requirement().sourceId()
                : l instanceof ActionLine a ? ctx.session().plan().requirement(a.action().requirementId()).map(Requirement::sourceId).orElse(-1L) : -1L;
        if (sourceId < 0) return;
        ctx.dialogs().show(NoticeDialogs.requirement(ctx.session().plan(), draft, sourceId, problem)).ifPresent(r -> {
            memory.expand("s" + r.sourceId());
            ctx.perform(ctx.edits().addRequirement(r), null, e -> addRequirement(r, message(e)));
        });
    }

    private void editSelected() {
        Line l = selected();
        if (l instanceof SourceLine s) editSource(s.source(), s.source(), null);
        if (l instanceof RequirementLine r) editRequirement(r.requirement(), r.requirement(), null);
    }

    private void editSource(RegulatorySource before, RegulatorySource draft, String problem) {
        ctx.dialogs().show(NoticeDialogs.source(draft, problem)).filter(a -> !a.equals(before)).ifPresent(after ->
                ctx.perform(ctx.edits().editSource(before, after), null, e -> editSource(before, after, message(e))));
    }

    private void editRequirement(Requirement before, Requirement draft, String problem) {
        ctx.dialogs().show(NoticeDialogs.requirement(ctx.session().plan(), draft, before.sourceId(), problem)).filter(a -> !a.equals(before)).ifPresent(after ->
                ctx.perform(ctx.edits().editRequirement(before, after), null, e -> editRequirement(before, after, message(e))));
    }

    private void addAction(Action draft, String problem) {
        if (!(selected() instanceof RequirementLine r)) return;
        ctx.dialogs().show(NoticeDialogs.newAction(ctx.session().plan(), r.requirement(), draft, problem)).ifPresent(a -> {
            memory.expand("r" + r.requirement().id());
            AtomicLong id = new AtomicLong();
            ctx.perform(ctx.edits().addAction(a, id), () -> nav.openAction(id.get()), e -> addAction(a, message(e)));
        });
    }

    private static String message(Throwable e) {
        return e instanceof Refused r ? r.getMessage() : "The change could not be saved: " + e.getMessage();
    }

    private String describe(Line l) {
        if (l instanceof SourceLine s) return s.source().reference() + "  " + s.source().title();
        if (l instanceof RequirementLine r) return r.requirement().ref() + "  " + r.requirement().text();
        ActionLine a = (ActionLine) l;
        return a.action().ref() + "  " + a.action().title();
    }

    private String kind(Line l) {
        if (l instanceof SourceLine s) return s.source().kind().label();
        if (l instanceof RequirementLine r) return (r.requirement().priority() == Priority.MUST ? "Must do" : "Should do")
                + (r.requirement().regulation() == null ? "" : " · Reg " + r.requirement().regulation());
        return "Action";
    }

    private String deadline(Line l) {
        if (l instanceof SourceLine s) return s.source().issued() == null ? "" : "Issued " + Forms.date(s.source().issued());
        if (l instanceof RequirementLine r) return Forms.date(r.requirement().deadline());
        return Forms.date(((ActionLine) l).action().currentDue());
    }

    private long daysLeft(Line l) {
        LocalDate today = ctx.session().today();
        if (l instanceof RequirementLine r) return r.daysLeft();
        if (l instanceof ActionLine a && a.action().currentDue() != null && a.brag() != Brag.BLUE) return ChronoUnit.DAYS.between(today, a.action().currentDue());
        return Long.MIN_VALUE;
    }

    private static TreeTableColumn<Line, String> column(String name, double width, java.util.function.Function<Line, String> value) {
        TreeTableColumn<Line, String> c = new TreeTableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue() == null ? "" : value.apply(f.getValue().getValue())));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.length() < 60 ? null : new Tooltip(s));
            }
        });
        return c;
    }

    private static Button button(String text, String id, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        return b;
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(r, javafx.scene.layout.Priority.ALWAYS);
        return r;
    }
}
