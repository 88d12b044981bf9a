package org.waymark.ui.rounds;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.waymark.app.rounds.Outcome;
import org.waymark.app.rounds.ProposedChange;
import org.waymark.app.rounds.ReviewedForm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Returned rows as proposed changes: accepted, conflict (both versions shown, with a box to take the form's
 * version) or rejected with its reason. Each outcome has a symbol and a word as well as a colour.
 */
final class ReviewTable {

    /** One table row: the change and, for a conflict, whether the lead takes the form's version. */
    static final class Item {
        final ProposedChange change;
        final SimpleBooleanProperty take = new SimpleBooleanProperty(false);

        Item(ProposedChange change) { this.change = change; }
    }

    private final TableView<Item> table = new TableView<>();
    private List<ReviewedForm> forms = List.of();

    ReviewTable() {
        table.setId("round-review");
        table.setAccessibleText("Returned updates to review");
        table.setPlaceholder(new Label("Read returned forms to review them here."));
        table.getColumns().add(column("Owner", 170, i -> i.change.owner()));
        table.getColumns().add(column("Row", 50, i -> i.change.row() > 0 ? Integer.toString(i.change.row()) : "Form"));
        table.getColumns().add(column("Ref", 80, i -> i.change.ref()));
        TableColumn<Item, Item> outcome = new TableColumn<>("Outcome");
        outcome.setPrefWidth(110);
        outcome.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        outcome.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("outcome-accepted", "outcome-conflict", "outcome-rejected");
                setText(empty || item == null ? null : symbol(item.change.outcome()) + " " + item.change.outcome().label());
                setStyle(empty || item == null ? "" : "-fx-font-weight: bold; -fx-text-fill: " + colour(item.change.outcome()) + ";");
            }
        });
        table.getColumns().add(outcome);
        table.getColumns().add(column("Proposed change", 250, i -> i.change.proposal() == null ? "" : i.change.proposal().describe()));
        table.getColumns().add(column("Reason, or the two versions", 470, ReviewTable::detail));
        TableColumn<Item, Item> take = new TableColumn<>("Take form's version");
        take.setPrefWidth(140);
        take.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        take.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.change.outcome() != Outcome.CONFLICT) {
                    setGraphic(null);
                    return;
                }
                CheckBox box = new CheckBox("Take");
                box.selectedProperty().bindBidirectional(item.take);
                setGraphic(box);
            }
        });
        table.getColumns().add(take);
    }

    TableView<Item> node() { return table; }

    void show(List<ReviewedForm> reviewed) {
        forms = List.copyOf(reviewed);
        List<Item> items = new ArrayList<>();
        for (ReviewedForm f : reviewed) f.changes().forEach(c -> items.add(new Item(c)));
        table.setItems(FXCollections.observableArrayList(items));
    }

    /** The reviewed forms with the lead's choices on conflicts. */
    List<ReviewedForm> decided() {
        List<ReviewedForm> out = new ArrayList<>();
        for (ReviewedForm f : forms) {
            List<ProposedChange> changes = new ArrayList<>();
            for (ProposedChange c : f.changes()) {
                boolean take = table.getItems().stream().anyMatch(i -> i.change == c && i.take.get());
                changes.add(c.outcome() == Outcome.CONFLICT ? c.taking(take) : c);
            }
            out.add(f.with(changes));
        }
        return out;
    }

    long count(Outcome o) { return table.getItems().stream().filter(i -> i.change.outcome() == o).count(); }

    void clear() { show(List.of()); }

    private static String detail(Item i) {
        ProposedChange c = i.change;
        if (c.outcome() == Outcome.CONFLICT) return "Now: " + c.now() + "\nAs issued: " + c.asIssued();
        return c.reason();
    }

    private static String symbol(Outcome o) {
        return switch (o) {
            case ACCEPTED -> "\u2714";
            case CONFLICT -> "\u26A0";
            case REJECTED -> "\u2716";
        };
    }

    private static String colour(Outcome o) {
        return switch (o) {
            case ACCEPTED -> "#1a7f37";
            case CONFLICT -> "#9a6700";
            case REJECTED -> "#cf222e";
        };
    }

    private static TableColumn<Item, String> column(String title, double width, Function<Item, String> value) {
        TableColumn<Item, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true);
                setTooltip(empty || s == null || s.isEmpty() ? null : new javafx.scene.control.Tooltip(s));
            }
        });
        return c;
    }
}
