package org.waymark.ui.reliability;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.waymark.ui.widgets.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.waymark.app.OpenedPlan;

import java.util.Optional;

/** A quiet banner for how the plan was opened: read-only because someone else is editing it, upgraded, and so on. */
public final class NoticeBanner extends HBox {

    public NoticeBanner(String text) {
        getStylesheets().add(NoticeBanner.class.getResource("reliability.css").toExternalForm());
        getStyleClass().add("notice-banner");
        setId("open-notice-banner");
        setAlignment(Pos.CENTER_LEFT);
        javafx.scene.Node icon = Icons.of(MaterialDesignL.LOCK_OUTLINE, "banner-icon");
        Label label = new Label(text);
        label.setId("open-notice-text");
        label.getStyleClass().add("banner-text");
        label.setWrapText(true);
        HBox.setHgrow(label, Priority.ALWAYS);
        getChildren().addAll(icon, label);
    }

    /**
     * The notices of an opened plan as one banner, or empty when there is nothing to say. A plan file on a network
     * drive gets a button that starts {@code publish}, the way its notice recommends.
     */
    public static Optional<NoticeBanner> forPlan(OpenedPlan opened, Runnable publish) {
        if (opened.notices().isEmpty()) return Optional.empty();
        NoticeBanner banner = new NoticeBanner(String.join("\n", opened.notices()));
        if (opened.onNetworkDrive()) {
            Button button = new Button("Publish to a shared plan…");
            button.setId("notice-publish");
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(e -> publish.run());
            banner.getChildren().add(button);
        }
        return Optional.of(banner);
    }
}
