package org.waymark.ui.overview;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import org.waymark.domain.DeadlineCountdown;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.widgets.ViewFormats;

import java.util.List;

/** Each warning-notice requirement with the days left to its deadline, and the latest deadline, after which CQC re-inspects. */
final class DeadlinesPanel {

    private DeadlinesPanel() {}

    static Node build(OverviewModel m) {
        List<DeadlineCountdown> deadlines = m.summary().deadlines();
        if (deadlines.isEmpty()) {
            return Cards.card("overview-deadlines", "Warning-notice deadlines", Cards.muted("The plan has no Section 29A warning-notice requirements with deadlines."));
        }
        DeadlineCountdown latest = deadlines.stream().max(java.util.Comparator.comparing(d -> d.requirement().deadline())).orElseThrow();
        Label head = new Label("Latest deadline " + ViewFormats.date(latest.requirement().deadline()) + ": " + (latest.met() ? "met" : countdown(latest.daysLeft())));
        head.getStyleClass().add("title-4");
        org.waymark.ui.widgets.Wrapping.lines(head);
        head.setId("overview-latest-deadline");
        Label note = Cards.muted("CQC checks compliance on site after the latest deadline.");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), text);
        int row = 0;
        for (DeadlineCountdown d : deadlines) {
            Label ref = new Label(d.requirement().ref());
            ref.getStyleClass().add("wm-strong");
            // The requirement's words wrap in the growing column: at 200 % "Ensure NH…" told the reader nothing.
            Label what = org.waymark.ui.widgets.Wrapping.lines(new Label(d.requirement().text()));
            what.setMinWidth(80);
            Label due = new Label(d.met() ? "" : ViewFormats.date(d.requirement().deadline()));
            // A met requirement is done: its deadline is history, not a countdown in red.
            Label left = new Label(d.met() ? "Met, deadline " + ViewFormats.date(d.requirement().deadline()) : countdown(d.daysLeft()));
            left.getStyleClass().add(!d.met() && d.daysLeft() < 0 ? "wm-overdue-text" : d.met() ? "wm-muted" : "wm-strong");
            left.setId("deadline-" + d.requirement().ref());
            Label state = new Label(d.met() ? "\u2714 Met" : d.blueActions() + " of " + d.actions() + " Blue");
            state.getStyleClass().addAll("wm-criterion", d.met() ? "wm-criterion-met" : "wm-criterion-unmet");
            for (Label fixed : new Label[]{ref, due, left, state}) fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            for (Label l : new Label[]{ref, what, due, left, state}) GridPane.setValignment(l, javafx.geometry.VPos.TOP);
            grid.addRow(row++, ref, what, due, left, state);
        }
        return Cards.card("overview-deadlines", "Warning-notice deadlines", head, note, grid);
    }

    static String countdown(long daysLeft) {
        if (daysLeft > 0) return ViewFormats.days(daysLeft) + " left";
        if (daysLeft == 0) return "due today";
        return "passed " + ViewFormats.days(-daysLeft) + " ago";
    }
}
