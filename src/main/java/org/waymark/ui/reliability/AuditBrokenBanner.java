package org.waymark.ui.reliability;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.waymark.app.OpenedPlan;

import java.util.Optional;

/**
 * The banner shown across the top of the window while the plan's audit trail does not verify. It cannot be
 * dismissed: a broken trail is something every reader of the plan should know about.
 */
public final class AuditBrokenBanner extends HBox {

    private final Button restore = new Button("Restore a backup…");

    public AuditBrokenBanner(String message) {
        getStylesheets().add(AuditBrokenBanner.class.getResource("reliability.css").toExternalForm());
        getStyleClass().add("audit-banner");
        setId("audit-broken-banner");
        setAlignment(Pos.CENTER_LEFT);
        FontIcon icon = new FontIcon(MaterialDesignS.SHIELD_ALERT_OUTLINE);
        icon.getStyleClass().add("banner-icon");
        Label title = new Label("Audit trail broken");
        title.getStyleClass().add("banner-title");
        Label text = new Label(message);
        text.setId("audit-broken-text");
        text.getStyleClass().add("banner-text");
        text.setWrapText(true);
        VBox words = new VBox(2, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        restore.setId("audit-broken-restore");
        restore.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(icon, words, restore);
    }

    /** The banner for an opened plan, or empty when its audit chain verifies. */
    public static Optional<AuditBrokenBanner> forPlan(OpenedPlan opened) {
        return opened.auditBroken() ? Optional.of(new AuditBrokenBanner(opened.auditWarning())) : Optional.empty();
    }

    /** What "Restore a backup…" does: usually open the {@link RestoreBackupDialog}. */
    public void setOnRestore(Runnable action) {
        restore.setOnAction(e -> action.run());
    }
}
