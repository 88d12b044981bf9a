package org.waymark.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.waymark.ui.widgets.Icons;

/** Holds a view's place in the window until its real component is registered in {@link Views}. */
public final class PlaceholderView implements PlanView {

    private final String id;
    private final String title;
    private final VBox root;

    public PlaceholderView(String id, String title, Ikon icon, String whatItWillShow) {
        this.id = id;
        this.title = title;
        javafx.scene.Node big = Icons.of(icon, "empty-state-icon");
        Label head = new Label(title);
        head.getStyleClass().add("title-2");
        Label text = new Label(whatItWillShow);
        text.getStyleClass().add("empty-state");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Label soon = new Label("Coming in this view");
        soon.getStyleClass().addAll("coming-soon");
        root = new VBox(14, big, head, text, soon);
        root.setAlignment(Pos.CENTER);
        root.setId("placeholder-" + id);
        root.getStyleClass().add("placeholder-view");
    }

    @Override public String id() { return id; }
    @Override public String title() { return title; }
    @Override public Node node() { return root; }
    @Override public void refresh() { }
}
