package org.waymark.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.waymark.app.Refused;
import org.waymark.app.TagService;
import org.waymark.app.regulation.Regulation;
import org.waymark.domain.FrameworkTag;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.FrameworkItem;
import org.waymark.ui.command.Command;

import java.util.List;
import java.util.Objects;

/**
 * The framework tags of one finding or one action: the tags it has (each with Remove, and "needs review" when a change
 * of framework carried it without an official mapping), and a searchable list of the plan's framework items to add
 * from. Each add and remove is an undoable command; in read-only mode nothing can be pressed.
 */
public final class TagEditor {

    /** What is tagged: a finding or an action, and the words for it ("finding WN1", "action WN1.3"). */
    private record Target(Long requirementId, Long actionId, String name) {}
    private record Loaded(Framework framework, List<FrameworkTag> tags) {}

    private final PlanContext ctx;
    private final String id;
    private final Label heading = new Label();
    private final VBox current = new VBox(4);
    private final TagPicker picker;
    private final Button add;
    private final Label problem = new Label();
    private final Pane node;
    private Target target;
    private Framework framework;

    /** {@code wide}: the tags beside the list (a view's lower pane), else above it (the narrow action editor). */
    public TagEditor(PlanContext ctx, String id, boolean wide) {
        this.ctx = ctx;
        this.id = id;
        picker = new TagPicker(id + "-picker");
        add = new Button("Add tag", new FontIcon(MaterialDesignT.TAG_PLUS_OUTLINE));
        add.setId(id + "-add");
        add.setMnemonicParsing(false);
        add.disableProperty().bind(ctx.readOnly().or(picker.list().getSelectionModel().selectedItemProperty().isNull()));
        add.setOnAction(e -> add());
        picker.list().setOnMouseClicked(e -> { if (e.getClickCount() == 2) add(); });
        picker.list().setOnKeyPressed(e -> { if (e.getCode() == javafx.scene.input.KeyCode.ENTER) { add(); e.consume(); } });
        picker.search().disableProperty().bind(ctx.readOnly());
        picker.list().disableProperty().bind(ctx.readOnly());
        heading.setId(id + "-heading");
        heading.setWrapText(true);
        heading.getStyleClass().add("text-muted");
        current.setId(id + "-tags");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setId(id + "-problem");
        VBox choose = new VBox(6, picker.node(), add);
        VBox have = new VBox(6, heading, current, problem);
        if (wide) {
            HBox box = new HBox(16, have, choose);
            HBox.setHgrow(have, Priority.ALWAYS);
            have.setMaxWidth(Double.MAX_VALUE);
            choose.setPrefWidth(460);
            choose.setMinWidth(360);
            node = box;
        } else {
            node = new VBox(10, have, choose);
        }
        node.setId(id);
        ctx.commands().revision().addListener((o, a, b) -> reload());
    }

    public Node node() { return node; }

    public void showFinding(long requirementId, String ref) { show(new Target(requirementId, null, "finding " + ref)); }

    public void showAction(long actionId, String ref) { show(new Target(null, actionId, "action " + ref)); }

    private void show(Target t) {
        if (!t.equals(target)) { problem.setText(""); picker.clear(); }
        target = t;
        reload();
    }

    private void reload() {
        Target t = target;
        if (t == null) return;
        ctx.executor().run(null, () -> {
            TagService tags = new TagService(ctx.session());
            return new Loaded(tags.framework(), tags.tags().stream()
                    .filter(x -> Objects.equals(x.requirementId(), t.requirementId()) && Objects.equals(x.actionId(), t.actionId())).toList());
        }, loaded -> { if (t.equals(target)) fill(loaded); }, e -> problem.setText(e.getMessage()));
    }

    private void fill(Loaded l) {
        framework = l.framework();
        picker.offer(framework, l.tags().stream().filter(t -> t.framework().equals(framework.id())).map(FrameworkTag::code).collect(java.util.stream.Collectors.toSet()));
        String of = framework.itemWord(2) + " of " + framework.name();
        heading.setText(l.tags().isEmpty() ? "No " + of + " yet: choose from the list." : "Tagged with these " + of + ":");
        current.getChildren().setAll(l.tags().stream().map(this::line).toList());
    }

    private Node line(FrameworkTag t) {
        Label what = new Label(describe(t, framework));
        what.setWrapText(true);
        what.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(what, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        remove.getStyleClass().addAll("flat", "button-icon");
        remove.setAccessibleText("Remove tag " + t.code() + " from the " + target.name());
        remove.setTooltip(new javafx.scene.control.Tooltip("Remove this tag"));
        remove.setId(id + "-remove-" + t.code());
        remove.disableProperty().bind(ctx.readOnly());
        remove.setOnAction(e -> perform(ctx.edits().removeTag(t)));
        HBox row = new HBox(6, what, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        if (t.needsReview()) {
            Label flag = new Label("Needs review");
            flag.getStyleClass().add("wm-review-flag");
            flag.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(1, flag);
        }
        return row;
    }

    /** "S6 Safe and effective staffing", or, for a tag left on an earlier framework, its item and that framework's name. */
    public static String describe(FrameworkTag t, Framework current) {
        if (t.framework().equals(current.id())) return current.item(t.code()).map(FrameworkItem::label).orElse(t.code());
        return Regulation.catalogue().framework(t.framework())
                .map(f -> f.item(t.code()).map(FrameworkItem::label).orElse(t.code()) + " (" + f.name() + ")")
                .orElse(t.code() + " (" + t.framework() + ")");
    }

    private void add() {
        FrameworkItem item = picker.chosen();
        if (item == null || target == null || framework == null) return;
        perform(target.requirementId() != null ? ctx.edits().tagFinding(target.requirementId(), framework, item)
                : ctx.edits().tagAction(target.actionId(), framework, item));
    }

    private void perform(Command c) {
        problem.setText("");
        ctx.perform(c, null, e -> problem.setText(e instanceof Refused ? e.getMessage() : "The tag could not be saved: " + e.getMessage()));
    }
}
