package org.waymark.ui.overview;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.domain.Attention;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Cards;
import org.waymark.ui.Navigator;
import org.waymark.ui.RegisterQuery;
import org.waymark.ui.widgets.ViewFormats;

import java.util.List;
import java.util.function.Function;

/** A list of actions needing attention (overdue, or due soon); choosing one opens it. */
final class AttentionPanel {

    static final int SHOWN = 100;

    private AttentionPanel() {}

    static Node overdue(OverviewModel m, Navigator nav) {
        return build("overview-overdue", "Overdue (" + m.overdue().size() + ")", m.overdue(), nav,
                i -> ViewFormats.days(i.days()) + " overdue", "Nothing is overdue.",
                new RegisterQuery(null, null, null, null, false, null, null, true, null));
    }

    static Node dueSoon(OverviewModel m, Navigator nav) {
        return build("overview-due-soon", "Due in the next " + OverviewModel.DUE_SOON_DAYS + " days (" + m.dueSoon().size() + ")", m.dueSoon(), nav,
                i -> i.days() == 0 ? "due today" : "due " + ViewFormats.date(i.action().currentDue()), "Nothing falls due in the next " + OverviewModel.DUE_SOON_DAYS + " days.",
                new RegisterQuery(null, null, null, null, false, null, null, false, OverviewModel.DUE_SOON_DAYS));
    }

    private static Node build(String id, String title, List<Attention.Item> items, Navigator nav, Function<Attention.Item, String> when,
                              String empty, RegisterQuery all) {
        // The overview lists the first hundred; the register, one click away, holds them all.
        ListView<Attention.Item> list = new ListView<>(FXCollections.observableArrayList(items.subList(0, Math.min(SHOWN, items.size()))));
        list.setId(id + "-list");
        list.setAccessibleText(title);
        list.setPrefHeight(260);
        // A fixed row height lets the list size itself without measuring thousands of rows.
        list.setFixedCellSize(34);
        list.setPlaceholder(new Label(empty));
        list.setCellFactory(v -> new ListCell<>() {
            { setPrefWidth(0); }
            @Override protected void updateItem(Attention.Item item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                if (emptyCell || item == null) { setGraphic(null); setText(null); return; }
                Label ref = new Label(item.action().ref());
                ref.getStyleClass().add("wm-strong");
                ref.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label title = new Label(item.action().title());
                title.setMinWidth(20);
                HBox.setHgrow(title, Priority.ALWAYS);
                title.setMaxWidth(Double.MAX_VALUE);
                Label days = new Label(when.apply(item));
                days.getStyleClass().add("wm-muted");
                days.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label chip = BragChip.of(item.brag().brag(), item.brag().reason());
                chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                setGraphic(new HBox(8, chip, ref, title, days));
                setText(null);
                setAccessibleText(item.action().ref() + " " + item.action().title() + ", " + item.brag().brag().label() + ", " + when.apply(item));
            }
        });
        list.setOnMouseClicked(e -> open(list, nav));
        list.setOnKeyPressed(e -> { if (e.getCode() == KeyCode.ENTER) open(list, nav); });
        Hyperlink showAll = new Hyperlink(items.size() > SHOWN ? "Showing " + SHOWN + " of " + items.size() + ": show all in the register" : "Show in the register");
        showAll.setOnAction(e -> nav.showRegister(all));
        VBox.setVgrow(list, Priority.ALWAYS);
        return Cards.card(id, title, list, showAll);
    }

    private static void open(ListView<Attention.Item> list, Navigator nav) {
        Attention.Item chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) nav.openAction(chosen.action().id());
    }
}
