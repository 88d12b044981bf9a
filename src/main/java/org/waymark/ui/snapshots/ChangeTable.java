package org.waymark.ui.snapshots;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.waymark.domain.SnapshotComparison;
import org.waymark.domain.SnapshotComparison.Kind;
import org.waymark.domain.SnapshotRow;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.Navigator;
import org.waymark.ui.widgets.ViewFormats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The table of what changed between two states of the plan: one row per action that moved. */
final class ChangeTable {

    private ChangeTable() {}

    static TableView<SnapshotComparison.Change> build(Navigator nav) {
        TableView<SnapshotComparison.Change> table = new TableView<>();
        table.setId("snapshot-changes");
        table.setAccessibleText("Changes between the two snapshots");
        table.setPlaceholder(new Label("Nothing changed between these two."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Ref", 70, SnapshotComparison.Change::ref));
        table.getColumns().add(text("Action", 250, SnapshotComparison.Change::title));
        table.getColumns().add(brag());
        table.getColumns().add(text("Status", 210, c -> pair(c, r -> r.status().label())));
        table.getColumns().add(text("Due", 260, ChangeTable::due));
        table.getColumns().add(text("Progress", 110, c -> pair(c, r -> r.progress() + "%")));
        table.getColumns().add(text("What changed", 260, ChangeTable::what));
        table.setRowFactory(t -> {
            TableRow<SnapshotComparison.Change> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null && row.getItem().after() != null) nav.openAction(row.getItem().actionId());
            });
            return row;
        });
        return table;
    }

    private static TableColumn<SnapshotComparison.Change, String> text(String name, double width, Function<SnapshotComparison.Change, String> value) {
        TableColumn<SnapshotComparison.Change, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    private static TableColumn<SnapshotComparison.Change, SnapshotComparison.Change> brag() {
        TableColumn<SnapshotComparison.Change, SnapshotComparison.Change> c = new TableColumn<>("BRAG");
        c.setPrefWidth(120);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(SnapshotComparison.Change ch, boolean empty) {
                super.updateItem(ch, empty);
                setText(null);
                if (empty || ch == null) { setGraphic(null); return; }
                HBox box = new HBox(4);
                if (ch.before() != null) box.getChildren().add(BragChip.of(ch.before().brag()));
                if (ch.before() != null && ch.after() != null) box.getChildren().add(new Label("\u2192"));
                if (ch.after() != null) box.getChildren().add(BragChip.of(ch.after().brag()));
                setGraphic(box);
            }
        });
        return c;
    }

    private static String pair(SnapshotComparison.Change c, Function<SnapshotRow, String> f) {
        String before = c.before() == null ? "—" : f.apply(c.before());
        String after = c.after() == null ? "—" : f.apply(c.after());
        return before.equals(after) ? after : before + " \u2192 " + after;
    }

    private static String due(SnapshotComparison.Change c) {
        String text = pair(c, r -> ViewFormats.date(r.currentDue()));
        long shift = c.dueShiftDays();
        return shift == 0 ? text : text + (shift > 0 ? " (+" : " (") + shift + ")";
    }

    static String what(SnapshotComparison.Change c) {
        List<String> parts = new ArrayList<>();
        for (Kind k : c.kinds()) {
            switch (k) {
                case ADDED -> parts.add("added");
                case REMOVED -> parts.add("removed");
                case NEWLY_RED -> parts.add("newly Red");
                case NEWLY_BLUE -> parts.add("newly Blue");
                case SLIPPED -> parts.add("slipped " + ViewFormats.days(c.dueShiftDays()));
                case BROUGHT_FORWARD -> parts.add("brought forward " + ViewFormats.days(-c.dueShiftDays()));
                case REOPENED -> parts.add("reopened");
                case STATUS -> { if (!c.kinds().contains(Kind.REOPENED)) parts.add("now " + c.after().status().label().toLowerCase(java.util.Locale.UK)); }
                case PROGRESS -> parts.add("progress");
                case BRAG -> { if (!c.kinds().contains(Kind.NEWLY_RED) && !c.kinds().contains(Kind.NEWLY_BLUE)) parts.add(c.before().brag().label() + " to " + c.after().brag().label()); }
            }
        }
        return String.join(", ", parts);
    }
}
