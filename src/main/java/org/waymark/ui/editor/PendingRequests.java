package org.waymark.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.waymark.app.RevisionRequests;
import org.waymark.domain.Action;
import org.waymark.domain.Brag;
import org.waymark.domain.DateRevision;
import org.waymark.ui.command.Command;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;
import org.waymark.ui.widgets.Icons;
import org.waymark.ui.widgets.Wrapping;

import java.util.List;

/**
 * The Dates tab's requests for a new date that await approval: who asked and when, what for, and Approve… and
 * Reject…, each asking for a comment. Who asked comes from the audit trail, so it is read off the FX thread; the
 * buttons are disabled, with the reason beside them, for a user who may not approve.
 */
final class PendingRequests {

    /** A request as shown: {@code whyNot} is null when the user may approve it. */
    private record Shown(RevisionRequests.Request request, String whyNot) {}

    private record Read(long actionId, List<Shown> requests, boolean approverMustDiffer) {}

    private final EditorControls c;
    private final VBox box = new VBox(10);
    private final Label problem = new Label();
    /** Whether the plan needs a second person; the tab hides recording an approved date then, as the app refuses it. */
    final BooleanProperty approverMustDiffer = new SimpleBooleanProperty();
    /** How many requests are shown: when there come to be some, the tab scrolls them into view. */
    final javafx.beans.property.IntegerProperty shown = new javafx.beans.property.SimpleIntegerProperty();

    PendingRequests(EditorControls c) {
        this.c = c;
        box.setId("pending-revisions");
        problem.getStyleClass().add("field-error");
        Wrapping.lines(problem);
    }

    Node node() { return box; }

    /** Shows the action's pending revisions (none: an empty box), reading who asked for them on the executor. */
    void show(Action a, List<DateRevision> revisions) {
        long id = a.id();
        boolean any = revisions.stream().anyMatch(DateRevision::pending);
        c.ctx.executor().run(null, () -> {
            RevisionRequests requests = new RevisionRequests(c.ctx.session());
            List<Shown> rows = any ? requests.pendingOf(id).stream().map(r -> new Shown(r, requests.whyNotApprove(r).orElse(null))).toList() : List.of();
            return new Read(id, rows, requests.approverMustDiffer());
        }, read -> {
            Action now = c.model.action().get();
            if (now == null || now.id() != read.actionId()) return;
            approverMustDiffer.set(read.approverMustDiffer());
            box.getChildren().setAll(read.requests().stream().map(this::card).toList());
            if (!problem.getText().isEmpty()) box.getChildren().add(problem);
            shown.set(read.requests().size());
        }, e -> problem.setText(e.getMessage()));
    }

    private Node card(Shown s) {
        DateRevision r = s.request().revision();
        Label title = new Label("Awaiting approval (asked by " + s.request().askedBy() + " on " + Forms.date(s.request().askedOn()) + ")");
        title.setId("pending-title");
        title.getStyleClass().add("wm-card-title");
        Wrapping.lines(title);
        Label what = Wrapping.lines(new Label("New due date " + Forms.date(r.newDue()) + ", from " + Forms.date(r.oldDue()) + " ("
                + r.shiftText() + "). The due date stays " + Forms.date(r.oldDue()) + " until this is approved."));
        Label reason = Wrapping.lines(new Label("Reason: " + r.reason()));
        Label control = Wrapping.lines(new Label("Interim control: " + r.interimControl()));
        Button approve = button("Approve…", "approve-revision", MaterialDesignC.CHECK, s);
        approve.setOnAction(e -> ask("Approve the new date", "Approve " + Forms.date(r.newDue()) + "? Say why; the audit trail keeps your comment.",
                comment -> c.ctx.edits().approveRevision(r, comment)));
        Button reject = button("Reject…", "reject-revision", MaterialDesignC.CLOSE, s);
        reject.setOnAction(e -> ask("Reject the new date", "Reject " + Forms.date(r.newDue()) + "? Say why; whoever asked will read your comment.",
                comment -> c.ctx.edits().rejectRevision(r, comment)));
        HBox buttons = new HBox(8, wrapped(approve, s.whyNot()), wrapped(reject, s.whyNot()));
        VBox card = new VBox(6, new HBox(8, BragChip.of(Brag.AMBER, "A date revision awaits approval"), title), what, reason, control, buttons);
        if (s.whyNot() != null) {
            Label why = Wrapping.lines(new Label(s.whyNot()));
            why.setId("pending-why-not");
            why.getStyleClass().add("text-muted");
            card.getChildren().add(why);
        }
        card.getStyleClass().add("wm-card");
        return card;
    }

    private Button button(String text, String id, org.kordamp.ikonli.Ikon icon, Shown s) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.disableProperty().bind(c.ctx.readOnly().or(new SimpleBooleanProperty(s.whyNot() != null)));
        return b;
    }

    /** A disabled button shows no tooltip of its own, so the reason goes on a box around it. */
    private static Node wrapped(Button b, String whyNot) {
        HBox holder = new HBox(b);
        if (whyNot != null) Tooltip.install(holder, new Tooltip(whyNot));
        return holder;
    }

    private void ask(String title, String prompt, java.util.function.Function<String, Command> edit) {
        problem.setText("");
        c.ctx.dialogs().ask(title, prompt, "").ifPresent(comment -> c.ctx.perform(edit.apply(comment), () -> { }, e -> {
            problem.setText(e.getMessage());
            if (!box.getChildren().contains(problem)) box.getChildren().add(problem);
        }));
    }
}
