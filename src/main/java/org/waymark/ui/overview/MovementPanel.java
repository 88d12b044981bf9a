package org.waymark.ui.overview;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.waymark.domain.Movement;
import org.waymark.domain.Snapshot;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.Navigator;
import org.waymark.ui.widgets.ViewFormats;

import java.time.ZoneOffset;
import java.util.List;

/** What moved since the last board snapshot: newly Red, newly Blue, slipped and reopened, each action a link. */
final class MovementPanel {

    private static final int SHOWN = 14;

    private MovementPanel() {}

    static Node build(OverviewModel m, Navigator nav) {
        if (m.lastBoard().isEmpty()) {
            return Cards.card("overview-movement", "Movement since the last board", Cards.muted("No board snapshot has been taken yet. Take one in Snapshots before each board."));
        }
        Snapshot last = m.lastBoard().get();
        Movement mv = m.summary().sinceLastBoard();
        String meeting = m.plan().boardMeetings().stream().filter(b -> b.id() == last.boardMeetingId()).findFirst()
                .map(b -> b.name() + " " + ViewFormats.date(b.meetingDate())).orElse(last.label());
        Label since = Cards.muted("Since the snapshot for " + meeting + ", taken " + ViewFormats.date(last.takenAt().atZone(ZoneOffset.UTC).toLocalDate()));
        VBox body = new VBox(6, since,
                group("movement-red", "Newly Red", mv.newlyRed(), nav),
                group("movement-blue", "Newly Blue", mv.newlyBlue(), nav),
                group("movement-slipped", "Slipped", mv.slipped(), nav),
                group("movement-reopened", "Reopened", mv.reopened(), nav));
        return Cards.card("overview-movement", "Movement since the last board", body);
    }

    private static Node group(String id, String title, List<Movement.Change> changes, Navigator nav) {
        Label head = new Label(title + " (" + changes.size() + ")");
        head.getStyleClass().add("wm-strong");
        head.setId(id);
        FlowPane refs = new FlowPane(2, 0);
        if (changes.isEmpty()) refs.getChildren().add(Cards.muted("none"));
        for (Movement.Change c : changes.subList(0, Math.min(SHOWN, changes.size()))) {
            Hyperlink link = new Hyperlink(c.ref());
            link.setOnAction(e -> nav.openAction(c.after().actionId()));
            link.setAccessibleText(c.ref() + " " + c.after().title() + ": " + c.before().brag().label() + " to " + c.after().brag().label()
                    + ", due " + ViewFormats.date(c.before().currentDue()) + " to " + ViewFormats.date(c.after().currentDue()));
            refs.getChildren().add(link);
        }
        if (changes.size() > SHOWN) refs.getChildren().add(Cards.muted("and " + (changes.size() - SHOWN) + " more"));
        return new VBox(0, head, refs);
    }
}
