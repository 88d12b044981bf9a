package org.waymark.ui.widgets;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The titled panels the dashboard-like views are made of, and rows that share their width equally. */
public final class Cards {

    private Cards() {}

    public static VBox card(String id, String title, Node... content) {
        Label head = Wrapping.lines(new Label(title));
        head.getStyleClass().addAll("title-4", "wm-card-title");
        VBox box = new VBox(8, head);
        box.getChildren().addAll(content);
        box.getStyleClass().add("wm-card");
        box.setId(id);
        return box;
    }

    /** A row whose cards take equal shares of the width, or stack when the shares would be too narrow ({@link CardRow}). */
    public static CardRow row(Node... cards) {
        return new CardRow(16, cards);
    }

    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("wm-muted");
        return Wrapping.lines(l);
    }
}
