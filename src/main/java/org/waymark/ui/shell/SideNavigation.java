package org.waymark.ui.shell;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.ui.widgets.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.waymark.ui.Views;

import java.util.function.Consumer;

/** The main window's left side: the brand and the list of views, which follows the view shown and sends the user to the one picked. */
final class SideNavigation {

    private final ListView<Views.Entry> list = new ListView<>();
    private final VBox node;

    /** {@code onPick} gets the id of the view the user picked; the list is disabled while {@code noPlan} holds. */
    SideNavigation(ObservableBooleanValue noPlan, Consumer<String> onPick) {
        list.setId("navigation");
        list.setAccessibleText("Views");
        list.getItems().setAll(Views.all());
        list.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(Views.Entry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) { setText(null); setGraphic(null); setId(null); return; }
                setText(e.title());
                setGraphic(Icons.of(e.icon(), "nav-icon"));
                setId("nav-" + e.id());
                setAccessibleText(e.title());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) onPick.accept(e.id());
        });
        list.disableProperty().bind(noPlan);
        list.setPrefWidth(210);
        list.setMinWidth(180);
        Label brand = new Label("Waymark");
        brand.getStyleClass().add("brand");
        brand.setGraphic(Icons.of(MaterialDesignM.MAP_MARKER_PATH));
        node = new VBox(brand, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        node.getStyleClass().add("side-nav");
    }

    Node node() { return node; }

    /** Marks {@code viewId} as the view shown, when it is one of the listed views and not marked already. */
    void select(String viewId) {
        Views.all().stream().filter(e -> e.id().equals(viewId)).findFirst().ifPresent(e -> {
            if (list.getSelectionModel().getSelectedItem() == null || !list.getSelectionModel().getSelectedItem().id().equals(viewId)) {
                list.getSelectionModel().select(list.getItems().stream().filter(x -> x.id().equals(viewId)).findFirst().orElse(null));
            }
        });
    }

    /** A new plan: no view is shown yet. */
    void clear() { list.getSelectionModel().clearSelection(); }
}
