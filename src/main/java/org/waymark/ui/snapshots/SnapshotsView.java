package org.waymark.ui.snapshots;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.Movement;
import org.waymark.domain.Plan;
import org.waymark.domain.Snapshot;
import org.waymark.domain.SnapshotComparison;
import org.waymark.domain.SnapshotRow;
import org.waymark.ui.PlanContext;
import org.waymark.ui.command.TakeSnapshot;
import org.waymark.ui.shell.LatestLoad;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanView;
import org.waymark.ui.widgets.ViewFormats;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Board snapshots: take one before a meeting (name and date), list those taken, and compare any two, or one with
 * the plan as it is now, as a table of every action that moved.
 */
public final class SnapshotsView implements PlanView {

    /** One side of a comparison: a snapshot, or the plan now (snapshot null). */
    public record Side(String label, Snapshot snapshot) {
        @Override public String toString() { return label; }
    }

    private final PlanSession session;
    private final Navigator nav;
    private final VBox root = new VBox(16);
    private final TextField meeting = new TextField("Trust Board (public)");
    private final DatePicker meetingDate = new DatePicker();
    private final Label takeFeedback = new Label();
    private final TableView<Snapshot> list = new TableView<>();
    private final ChoiceBox<Side> before = new ChoiceBox<>();
    private final ChoiceBox<Side> after = new ChoiceBox<>();
    private final Label summary = new Label();
    private final TableView<SnapshotComparison.Change> changes;
    private final LatestLoad load;
    private final PlanContext ctx;
    private List<SnapshotRow> nowRows = List.of();
    private Plan shownPlan;

    public SnapshotsView(PlanContext ctx, Navigator nav) {
        this.ctx = ctx;
        this.session = ctx.session();
        this.load = new LatestLoad(ctx.executor());
        this.nav = nav;
        this.changes = ChangeTable.build(nav);
        root.setId("snapshots");
        root.getStyleClass().add("wm-view");
        root.setPadding(new Insets(16));
        VBox compare = compareCard();
        VBox.setVgrow(compare, Priority.ALWAYS);
        root.getChildren().addAll(Cards.row(takeCard(), listCard()), compare);
    }

    private Node takeCard() {
        meeting.setId("snapshot-meeting");
        meeting.setPrefColumnCount(22);
        meetingDate.setId("snapshot-date");
        meetingDate.setConverter(new StringConverter<>() {
            @Override public String toString(LocalDate d) { return d == null ? "" : ViewFormats.date(d); }
            @Override public LocalDate fromString(String s) {
                return s == null || s.isBlank() ? null : LocalDate.parse(s.strip(), ViewFormats.DATE);
            }
        });
        meetingDate.setPromptText("dd/MM/yyyy");
        Button take = new Button("Take board snapshot");
        take.setId("snapshot-take");
        take.getStyleClass().add("accent");
        take.setOnAction(e -> take());
        take.setDisable(session.readOnly());
        takeFeedback.setWrapText(true);
        takeFeedback.setId("snapshot-feedback");
        Label meetingLabel = new Label("Meeting");
        meetingLabel.setLabelFor(meeting);
        Label dateLabel = new Label("Date");
        dateLabel.setLabelFor(meetingDate);
        meeting.setAccessibleText("Meeting");
        meetingDate.setAccessibleText("Meeting date");
        var fields = org.waymark.ui.widgets.Wrapping.row(8, meetingLabel, meeting, dateLabel, meetingDate);
        fields.setAlignment(Pos.CENTER_LEFT);
        return Cards.card("snapshot-take-card", "Take board snapshot",
                Cards.muted("Freezes every action's status, BRAG, due date and progress as presented to the meeting, so the next board can see what moved."),
                fields, take, takeFeedback);
    }

    private Node listCard() {
        list.setId("snapshot-list");
        list.setAccessibleText("Snapshots taken");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label("No snapshots yet."));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Snapshot, String> name = new TableColumn<>("Snapshot");
        name.setCellValueFactory(f -> new ReadOnlyStringWrapper(label(shownPlan, f.getValue())));
        name.setPrefWidth(260);
        TableColumn<Snapshot, String> taken = new TableColumn<>("Taken");
        taken.setCellValueFactory(f -> new ReadOnlyStringWrapper(ViewFormats.date(f.getValue().takenAt().atZone(ZoneOffset.UTC).toLocalDate())));
        taken.setPrefWidth(100);
        TableColumn<Snapshot, Number> rows = new TableColumn<>("Actions");
        rows.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().rows().size()));
        rows.setPrefWidth(80);
        list.getColumns().addAll(List.of(name, taken, rows));
        return Cards.card("snapshot-list-card", "Snapshots taken", list);
    }

    private VBox compareCard() {
        StringConverter<Side> conv = new StringConverter<>() {
            @Override public String toString(Side s) { return s == null ? "" : s.label(); }
            @Override public Side fromString(String s) { return null; }
        };
        before.setConverter(conv);
        after.setConverter(conv);
        before.setId("compare-before");
        after.setId("compare-after");
        before.setAccessibleText("Compare");
        after.setAccessibleText("with");
        before.valueProperty().addListener((o, a, b) -> compareChosen());
        after.valueProperty().addListener((o, a, b) -> compareChosen());
        before.setMinWidth(Region.USE_PREF_SIZE);
        after.setMinWidth(Region.USE_PREF_SIZE);
        var pick = org.waymark.ui.widgets.Wrapping.row(8, new Label("Compare"), before, new Label("with"), after);
        pick.setAlignment(Pos.CENTER_LEFT);
        summary.setId("compare-summary");
        summary.getStyleClass().add("wm-strong");
        org.waymark.ui.widgets.Wrapping.lines(summary);
        VBox.setVgrow(changes, Priority.ALWAYS);
        changes.setMinHeight(200);
        VBox card = Cards.card("snapshot-compare", "What changed", pick, summary, changes,
                Cards.muted("Double-click an action to open it."));
        return card;
    }

    @Override public String id() { return "snapshots"; }
    @Override public String title() { return "Snapshots"; }
    @Override public Node node() { return root; }

    public ReadOnlyBooleanProperty loadingProperty() { return load.loadingProperty(); }

    @Override
    public void refresh() {
        load.run(() -> {
            Plan plan = session.plan();
            return new Object[]{plan, plan.currentRows(session.today())};
        }, result -> {
            @SuppressWarnings("unchecked") List<SnapshotRow> rows = (List<SnapshotRow>) result[1];
            show((Plan) result[0], rows);
        }, error -> {
            summary.setText("The snapshots could not be read: " + error.getMessage() + ". Reopen the plan and try again.");
        });
    }

    private void show(Plan plan, List<SnapshotRow> rows) {
        nowRows = rows;
        shownPlan = plan;
        List<Snapshot> snapshots = new ArrayList<>(plan.snapshots());
        java.util.Collections.reverse(snapshots);
        list.setItems(FXCollections.observableArrayList(snapshots));
        if (meetingDate.getValue() == null) {
            meetingDate.setValue(plan.boardMeetings().stream().map(BoardMeeting::meetingDate).filter(d -> !d.isBefore(session.today()))
                    .findFirst().orElse(session.today()));
        }
        Side keepBefore = before.getValue(), keepAfter = after.getValue();
        List<Side> sides = new ArrayList<>();
        for (Snapshot s : snapshots) sides.add(new Side(label(plan, s) + " (taken " + ViewFormats.date(s.takenAt().atZone(ZoneOffset.UTC).toLocalDate()) + ")", s));
        List<Side> withNow = new ArrayList<>();
        withNow.add(new Side("Now (the plan as it stands)", null));
        withNow.addAll(sides);
        comparing = true;
        before.getItems().setAll(sides);
        after.getItems().setAll(withNow);
        before.setValue(find(sides, keepBefore).orElse(sides.isEmpty() ? null : sides.get(0)));
        after.setValue(find(withNow, keepAfter).orElse(withNow.get(0)));
        comparing = false;
        compareChosen();
    }

    /** "Trust Board (public) 25/10/2026": the meeting and its date, written the British way. */
    static String label(Plan plan, Snapshot s) {
        if (plan == null) return s.label();
        return plan.boardMeetings().stream().filter(m -> m.id() == s.boardMeetingId()).findFirst()
                .map(m -> m.name() + " " + ViewFormats.date(m.meetingDate())).orElse(s.label());
    }

    private static java.util.Optional<Side> find(List<Side> sides, Side wanted) {
        if (wanted == null) return java.util.Optional.empty();
        return sides.stream().filter(s -> wanted.snapshot() == null ? s.snapshot() == null
                : s.snapshot() != null && s.snapshot().id() == wanted.snapshot().id()).findFirst();
    }

    private boolean comparing;

    private void compareChosen() {
        if (comparing) return;
        Side b = before.getValue(), a = after.getValue();
        if (b == null || a == null) {
            changes.getItems().clear();
            summary.setText("Take a snapshot to compare the plan with it at the next board.");
            return;
        }
        compare(b, a);
    }

    /** Shows what changed from one side to the other. */
    public void compare(Side from, Side to) {
        List<SnapshotRow> was = from.snapshot() == null ? nowRows : from.snapshot().rows();
        List<SnapshotRow> now = to.snapshot() == null ? nowRows : to.snapshot().rows();
        List<SnapshotComparison.Change> diff = SnapshotComparison.between(was, now);
        changes.setItems(FXCollections.observableArrayList(diff));
        Movement m = Movement.between(was, now);
        summary.setText(diff.size() + (diff.size() == 1 ? " action" : " actions") + " changed · newly Red " + m.newlyRed().size()
                + " · newly Blue " + m.newlyBlue().size() + " · slipped " + m.slipped().size() + " · reopened " + m.reopened().size()
                + " · added " + m.added().size() + " · removed " + m.removed().size());
    }

    public List<SnapshotComparison.Change> changes() { return List.copyOf(changes.getItems()); }

    public List<Side> beforeChoices() { return List.copyOf(before.getItems()); }

    public List<Side> afterChoices() { return List.copyOf(after.getItems()); }

    public void choose(Side from, Side to) {
        comparing = true;
        before.setValue(from);
        after.setValue(to);
        comparing = false;
        compareChosen();
    }

    private void take() {
        String name = meeting.getText();
        LocalDate date = meetingDate.getValue();
        try {
            if (meetingDate.getEditor().getText() != null && !meetingDate.getEditor().getText().isBlank()) {
                date = meetingDate.getConverter().fromString(meetingDate.getEditor().getText());
            }
        } catch (RuntimeException e) {
            fail("Write the meeting date as dd/MM/yyyy.");
            return;
        }
        LocalDate when = date;
        load.busy(true);
        takeFeedback.getStyleClass().setAll("label", "wm-muted");
        takeFeedback.setText("Taking the snapshot…");
        ctx.perform(new TakeSnapshot(session, name, when), () -> {
            takeFeedback.setText("Snapshot taken for " + name.strip() + " on " + ViewFormats.date(when) + ".");
            before.setValue(null);
            after.setValue(null);
            refresh();
        }, error -> {
            load.busy(false);
            fail(error instanceof Refused ? error.getMessage() : "The snapshot was not saved: " + error.getMessage() + ". Check the plan is not read-only, then try again.");
        });
    }

    private void fail(String message) {
        takeFeedback.getStyleClass().setAll("label", "wm-overdue-text");
        takeFeedback.setText(message);
    }
}
