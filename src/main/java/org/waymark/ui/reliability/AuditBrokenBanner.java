package org.waymark.ui.reliability;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.ui.widgets.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.waymark.app.OpenedPlan;

import java.util.Optional;

/**
 * The banner shown across the top of the window while the plan's audit trail does not verify. It cannot be
 * dismissed: a broken trail is something every reader of the plan should know about.
 */
public final class AuditBrokenBanner extends HBox {

    private final Button restore = new Button("Restore a backup…");
    private final Button editAnyway = new Button("Edit anyway…");

    public AuditBrokenBanner(String message) {
        this(message, false);
    }

    /** {@code readOnly}: the plan was opened read-only because of the break, and may be opened for editing by choice. */
    public AuditBrokenBanner(String message, boolean readOnly) {
        getStylesheets().add(AuditBrokenBanner.class.getResource("reliability.css").toExternalForm());
        getStyleClass().add("audit-banner");
        setId("audit-broken-banner");
        setAlignment(Pos.CENTER_LEFT);
        Node icon = Icons.of(MaterialDesignS.SHIELD_ALERT_OUTLINE, "banner-icon");
        Label title = new Label(readOnly ? "Audit trail broken: open read-only" : "Audit trail broken");
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
        if (readOnly) {
            editAnyway.setId("audit-broken-edit-anyway");
            editAnyway.setMinWidth(USE_PREF_SIZE);
            getChildren().add(editAnyway);
        }
    }

    /** The banner for an opened plan, or empty when its audit chain verifies. */
    public static Optional<AuditBrokenBanner> forPlan(OpenedPlan opened) {
        return opened.auditBroken()
                ? Optional.of(new AuditBrokenBanner(opened.auditWarning(), opened.access() == OpenedPlan.Access.READ_ONLY_BROKEN)) : Optional.empty();
    }

    /** What "Edit anyway…" does: ask, then open the plan for editing with the choice recorded in its audit trail. */
    public void setOnEditAnyway(Runnable action) {
        editAnyway.setOnAction(e -> action.run());
    }

    /** What "Restore a backup…" does: usually open the {@link RestoreBackupDialog}. */
    public void setOnRestore(Runnable action) {
        restore.setOnAction(e -> action.run());
    }
}
