package org.waymark.ui.importing;

import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.Theme;

import java.util.function.Consumer;

/**
 * The import dialog's frame, the same for every step: the step's title and hint above, its content in the middle,
 * and below the progress bar, the status line and Back, Cancel and Next. The steps' slow work runs through
 * {@link #run} so that every step shows progress, and a failure, in the same way.
 */
final class ImportFrame {

    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");

    private final Label stepTitle = new Label();
    private final Label stepHint = new Label();
    private final StackPane body = new StackPane();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button back = new Button("Back");
    private final Button next = new Button();
    private final Button close = new Button("Cancel");
    private final BackgroundExecutor executor;
    private Runnable nextAction = () -> {};

    /** Builds the frame into {@code stage}, styled like the main window. */
    ImportFrame(Stage stage, BackgroundExecutor executor) {
        this.executor = executor;
        stage.setTitle("Import a spreadsheet — Waymark");
        stepTitle.getStyleClass().addAll("title-3", "step-title");
        stepHint.setWrapText(true);
        stepHint.getStyleClass().add("text-muted");
        status.setId("status");
        status.setWrapText(true);
        progress.setId("progress");
        progress.setVisible(false);
        progress.setMaxWidth(Double.MAX_VALUE);
        next.setId("next");
        next.setDefaultButton(true);
        back.setId("back");
        close.setId("close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        next.setOnAction(e -> nextAction.run());

        VBox top = new VBox(4, stepTitle, stepHint);
        top.setPadding(new Insets(16, 20, 8, 20));
        HBox buttons = new HBox(8, back, new Region(), close, next);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        VBox bottom = new VBox(8, progress, status, buttons);
        bottom.setPadding(new Insets(8, 20, 16, 20));
        body.setPadding(new Insets(0, 20, 0, 20));
        BorderPane root = new BorderPane(body, top, null, bottom, null);
        root.setId("import-dialog");
        Scene scene = new Scene(root, 900, 640);
        var css = ImportFrame.class.getResource("import.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        // The window's theme, zoom and keyboard rules apply here as in the main window.
        Theme.style(scene);
        stage.setScene(scene);
    }

    Button back() { return back; }

    Button next() { return next; }

    Button close() { return close; }

    /** What Next does in the current step. */
    void onNext(Runnable action) { nextAction = action; }

    void step(String title, String hint) {
        stepTitle.setText(title);
        stepHint.setText(hint);
    }

    /** Puts a step's content in the middle; every step but the last has a Next. */
    void show(Node n) {
        body.getChildren().setAll(n);
        next.setVisible(true);
    }

    /** The status line; a problem shows in the rejected style. */
    void say(String text, boolean problem) {
        status.setText(text);
        status.pseudoClassStateChanged(REJECTED, problem);
    }

    /** Runs work off the FX thread with the progress bar showing, and returns to {@code onFailure} with the reason. */
    <T> void run(String message, Task<T> task, Consumer<T> onSuccess, Runnable onFailure) {
        say(message, false);
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        next.setDisable(true);
        back.setDisable(true);
        task.setOnSucceeded(e -> {
            progress.progressProperty().unbind();
            progress.setVisible(false);
            status.setText("");
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            progress.progressProperty().unbind();
            progress.setVisible(false);
            onFailure.run();
            Throwable t = task.getException();
            say("Cannot continue: " + (t.getMessage() == null ? t.toString() : t.getMessage()), true);
        });
        executor.start(message, task);
    }
}
