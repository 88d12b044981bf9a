package org.waymark.ui.overview;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.domain.Action;
import org.waymark.domain.FrameworkTag;
import org.waymark.domain.Requirement;
import org.waymark.domain.regulation.Framework;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanContext;
import org.waymark.ui.TagEditor;
import org.waymark.ui.TagPicker;
import org.waymark.ui.command.Command;
import org.waymark.ui.widgets.Cards;

import java.util.List;

/**
 * Needs review: the tags a change of framework carried without an official mapping, or left on the old framework
 * because it had no place for them. Each can be confirmed (it is right as it is), replaced by an item of the plan's
 * framework, or, when it is still on the old framework, removed; each is an undoable command.
 */
final class ReviewPanel {

    /** Enough to work through at a sitting; the next ones show as these are dealt with. */
    static final int SHOWN = 12;

    private final PlanContext ctx;
    private final Navigator nav;

    ReviewPanel(PlanContext ctx, Navigator nav) {
        this.ctx = ctx;
        this.nav = nav;
    }

    Node build(OverviewModel m) {
        List<FrameworkTag> flagged = m.flagged();
        Label summary = new Label(flagged.isEmpty() ? "No tags need review."
                : flagged.size() + (flagged.size() == 1 ? " tag needs" : " tags need") + " review after a change of framework. Confirm each that is right, or replace it with one of "
                  + m.framework().name() + "'s " + m.framework().itemWord(2) + ".");
        summary.setWrapText(true);
        summary.setId("overview-review-summary");
        VBox lines = new VBox(4);
        lines.setId("overview-review-list");
        for (FrameworkTag t : flagged.stream().limit(SHOWN).toList()) lines.getChildren().add(line(m, t));
        VBox card = Cards.card("overview-review", "Tags to review", summary, lines);
        if (flagged.size() > SHOWN) card.getChildren().add(Cards.muted(SHOWN + " of " + flagged.size() + " shown; the rest follow as these are done."));
        return card;
    }

    private Node line(OverviewModel m, FrameworkTag t) {
        String owner = owner(m, t);
        Hyperlink where = new Hyperlink(owner);
        where.setAccessibleText("Open " + owner);
        where.setOnAction(e -> { if (t.actionId() != null) nav.openAction(t.actionId()); else nav.showView("notices"); });
        where.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label item = new Label(TagEditor.describe(t, m.framework()));
        item.setWrapText(true);
        item.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(item, Priority.ALWAYS);
        boolean current = t.framework().equals(m.framework().id());
        // A tag still on the old framework cannot be confirmed there: coverage reads the plan's framework only.
        Button keep = button(current ? "Confirm" : "Remove", (current ? "review-confirm-" : "review-remove-") + t.id(),
                (current ? "Confirm tag " : "Remove tag ") + t.code() + " on " + owner,
                () -> current ? ctx.edits().confirmTag(t) : ctx.edits().removeTag(t));
        Button replace = new Button("Replace…");
        replace.setId("review-replace-" + t.id());
        replace.setAccessibleText("Replace tag " + t.code() + " on " + owner);
        replace.disableProperty().bind(ctx.readOnly());
        replace.setOnAction(e -> replace(m.framework(), t, owner));
        // The buttons keep their words; the tag's description wraps instead.
        keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        replace.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(8, where, item, keep, replace);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The command is made at the press, so each press is its own undo step. */
    private Button button(String text, String id, String name, java.util.function.Supplier<Command> c) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(name);
        b.disableProperty().bind(ctx.readOnly());
        b.setOnAction(e -> ctx.perform(c.get(), null, ex -> ctx.dialogs().error("The tag was not changed", ex.getMessage())));
        return b;
    }

    private void replace(Framework f, FrameworkTag t, String owner) {
        ctx.dialogs().show(TagPicker.dialog(f, "Replace a tag", "Replace " + t.code() + " on " + owner + " with:", List.of(t.code())))
                .ifPresent(item -> ctx.perform(ctx.edits().replaceTag(t, f, item), null,
                        ex -> ctx.dialogs().error("The tag was not replaced", ex.getMessage())));
    }

    private static String owner(OverviewModel m, FrameworkTag t) {
        if (t.actionId() != null) return "action " + m.plan().action(t.actionId()).map(Action::ref).orElse("?");
        return "finding " + m.plan().requirement(t.requirementId()).map(Requirement::ref).orElse("?");
    }
}
