package org.waymark.ui.overview;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.waymark.domain.Attention;
import org.waymark.domain.Brag;
import org.waymark.ui.Navigator;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.ViewFormats;

import java.util.List;
import java.util.Optional;

/**
 * The requests for a new due date that wait for a second person, at the top of the overview, where someone allowed
 * to approve looks first: each link opens its action on the Dates tab, where it is approved or rejected. Nothing is
 * shown when none waits.
 */
final class ApprovalsLine {

    /** Beyond this many the line would push the figures off the screen; the rest are counted. */
    static final int SHOWN = 8;

    private ApprovalsLine() {}

    static Optional<Node> build(OverviewModel m, Navigator nav) {
        List<Attention.Awaiting> all = m.awaitingApproval();
        if (all.isEmpty()) return Optional.empty();
        Label heading = new Label(all.size() == 1 ? "A new due date awaits approval:" : all.size() + " new due dates await approval:");
        heading.getStyleClass().add("wm-strong");
        FlowPane line = new FlowPane(8, 4, BragChip.of(Brag.AMBER, "Awaiting approval"), heading);
        line.setId("overview-approvals");
        for (Attention.Awaiting a : all.subList(0, Math.min(SHOWN, all.size()))) {
            Hyperlink link = new Hyperlink(a.action().ref() + " to " + ViewFormats.date(a.request().newDue()) + " (" + a.request().shiftText() + ")");
            link.setId("overview-approval-" + a.request().id());
            link.setOnAction(e -> nav.openAction(a.action().id(), "dates"));
            line.getChildren().add(link);
        }
        if (all.size() > SHOWN) line.getChildren().add(new Label("and " + (all.size() - SHOWN) + " more"));
        return Optional.of(line);
    }
}
