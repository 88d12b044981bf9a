package org.waymark.ui.widgets;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The titled panels the dashboard-like views are made of, and rows that share their width equally. */
public final class Cards {

    private Cards() {}

    public static VBox card(String id, String title, Node... content) {
        Label head = new Label(title);
        head.getStyleClass().addAll("title-4", "wm-card-title");
        VBox box = new VBox(8, head);
        box.getChildren().addAll(content);
        box.getStyleClass().add("wm-card");
        box.setId(id);
        return box;
    }

    /** A row whose children take equal shares of the width, however wide their content would like to be. */
    public static HBox row(Node... cards) {
        HBox row = new HBox(16, cards);
        for (Node n : cards) {
            HBox.setHgrow(n, Priority.ALWAYS);
            if (n instanceof Region r) {
                r.setPrefWidth(0);
                r.setMaxWidth(Double.MAX_VALUE);
            }
        }
        return row;
    }

    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("wm-muted");
        l.setWrapText(true);
        return l;
    }
}
