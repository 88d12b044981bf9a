package org.waymark.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.waymark.ui.widgets.Icons;

/** What the window's content area shows when no view can: a plan on its way, or a message with what to do next. */
final class StatePages {

    private StatePages() {}

    static Node progress(String message) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(320);
        VBox box = new VBox(12, new Label(message), bar);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    static Node message(String title, String text) {
        Label head = new Label(title);
        head.getStyleClass().add("title-3");
        Label detail = new Label(text);
        detail.setWrapText(true);
        detail.setMaxWidth(560);
        detail.getStyleClass().add("empty-state");
        Node icon = Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE);
        icon.getStyleClass().add("empty-state-icon");
        VBox box = new VBox(10, icon, head, detail);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
