package org.waymark.ui.reliability;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.waymark.ui.widgets.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.waymark.app.PlanException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Says why a plan could not be opened and offers only the ways out that make sense for that reason: open it
 * read-only (a damaged file can often still be read), restore one of its backups, or choose another file.
 * The file itself is never changed by any of these.
 */
public final class OpenProblemDialog extends Dialog<OpenProblemDialog.Choice> {

    /** What the person chose. */
    public enum Choice { OPEN_READ_ONLY, RESTORE_BACKUP, CHOOSE_ANOTHER_FILE, CANCEL }

    public static final ButtonType OPEN_READ_ONLY = new ButtonType("Open read-only", ButtonBar.ButtonData.OTHER);
    public static final ButtonType RESTORE_BACKUP = new ButtonType("Restore a backup…", ButtonBar.ButtonData.OTHER);
    public static final ButtonType CHOOSE_ANOTHER = new ButtonType("Choose another file…", ButtonBar.ButtonData.OTHER);

    /** @param hasBackups whether this plan has backups to restore (see {@code Backups.list}) */
    public OpenProblemDialog(Path file, PlanException problem, boolean hasBackups) {
        setTitle("Waymark");
        setHeaderText(header(problem.kind()) + "\n" + file.getFileName());
        getDialogPane().getStylesheets().add(OpenProblemDialog.class.getResource("reliability.css").toExternalForm());
        getDialogPane().setId("open-problem-dialog");
        setGraphic(Icons.of(MaterialDesignF.FILE_ALERT_OUTLINE, "problem-icon"));
        Label message = new Label(problem.getMessage());
        message.setId("open-problem-message");
        message.getStyleClass().add("problem-message");
        message.setWrapText(true);
        message.setPrefWidth(520);
        message.setMinHeight(Label.USE_PREF_SIZE);
        getDialogPane().setContent(new HBox(message));
        getDialogPane().getButtonTypes().setAll(buttons(problem.kind(), hasBackups));
        setResultConverter(b -> b == OPEN_READ_ONLY ? Choice.OPEN_READ_ONLY : b == RESTORE_BACKUP ? Choice.RESTORE_BACKUP
                : b == CHOOSE_ANOTHER ? Choice.CHOOSE_ANOTHER_FILE : Choice.CANCEL);
    }

    static String header(PlanException.Kind kind) {
        return switch (kind) {
            case DAMAGED -> "This plan file is damaged";
            case NOT_A_PLAN -> "This is not a Waymark plan";
            case NEWER_VERSION -> "This plan needs a newer version of Waymark";
            case NOT_FOUND -> "The plan file cannot be found";
            case BUSY -> "The plan is busy";
            case READ_ONLY -> "The plan cannot be changed here";
            default -> "The plan could not be opened";
        };
    }

    /** Read-only only where the file is a plan this version can read; restore only where there is something to restore. */
    static List<ButtonType> buttons(PlanException.Kind kind, boolean hasBackups) {
        List<ButtonType> b = new ArrayList<>();
        if (kind == PlanException.Kind.DAMAGED || kind == PlanException.Kind.BUSY || kind == PlanException.Kind.READ_ONLY || kind == PlanException.Kind.IO) {
            b.add(OPEN_READ_ONLY);
        }
        if (hasBackups && kind != PlanException.Kind.NEWER_VERSION) b.add(RESTORE_BACKUP);
        b.add(CHOOSE_ANOTHER);
        b.add(ButtonType.CANCEL);
        return b;
    }
}
