package org.waymark.ui.editor;

import static org.waymark.ui.editor.EditorParts.*;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.waymark.domain.ProgressUpdate;
import org.waymark.ui.widgets.Forms;

/** The Updates tab: post a dated progress update, and read the earlier ones, newest first. */
final class UpdatesTab {

    private final EditorControls c;
    private final ActionEditorModel model;
    private final TextArea updateText = new TextArea();
    private final TextField updateProgress = new TextField();
    private final Node node;

    UpdatesTab(EditorControls c) {
        this.c = c;
        this.model = c.model;
        node = build();
    }

    Node node() { return node; }

    /** Puts the cursor in the new update, for keyboard users. */
    void focusNewUpdate() { updateText.requestFocus(); }

    private Node build() {
        updateText.setId("field-update-text");
        updateText.setPromptText("What has happened since the last update?  (Ctrl+Enter posts)");
        updateText.setWrapText(true);
        updateText.setPrefRowCount(3);
        updateText.setAccessibleText("New progress update");
        updateText.textProperty().bindBidirectional(model.updateText);
        updateText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) { model.postUpdate(); e.consume(); }
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isControlDown()) {
                // Tab leaves the text area, as in every other field, instead of typing a tab character
                e.consume();
                updateProgress.requestFocus();
            }
        });
        TextField progress = updateProgress;
        progress.setId("field-update-progress");
        progress.setPromptText("e.g. 60");
        progress.setPrefColumnCount(5);
        progress.setAccessibleText("Progress percent");
        progress.textProperty().bindBidirectional(model.updateProgress);
        progress.setOnAction(e -> model.postUpdate());
        c.editable(updateText, progress);
        Button post = c.primary("Post update", "post-update", MaterialDesignC.COMMENT_PLUS_OUTLINE);
        post.setOnAction(e -> model.postUpdate());
        GridPane g = Forms.grid();
        Forms.row(g, "New update", updateText, Forms.error(model.error("text")));
        Forms.row(g, "Progress %", hbox(progress, post), Forms.error(model.error("progress")));
        EditorGuards.ctrlEnter(post, progress);

        ListView<ProgressUpdate> list = new ListView<>(model.updates);
        list.setId("updates-list");
        list.setAccessibleText("Progress updates, newest first");
        list.setPlaceholder(empty("No updates yet. Post the first one above."));
        list.setCellFactory(v -> new UpdateCell(v));
        VBox box = new VBox(12, g, sectionTitle("Updates, newest first"), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(14, 16, 14, 16));
        return box;
    }

    /** One update: date, author and progress above its text, wrapped to the list's width. */
    private static final class UpdateCell extends ListCell<ProgressUpdate> {
        private final Label meta = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(2, meta, text);

        UpdateCell(ListView<ProgressUpdate> list) {
            meta.getStyleClass().add("update-meta");
            text.setWrapText(true);
            // A wrapping label in a list cell needs a width to wrap to, and its full height, or it is cut with "…".
            text.prefWidthProperty().bind(list.widthProperty().subtract(40));
            text.maxWidthProperty().bind(list.widthProperty().subtract(40));
            text.setMinHeight(Region.USE_PREF_SIZE);
            box.setPadding(new Insets(6, 4, 8, 4));
        }

        @Override protected void updateItem(ProgressUpdate u, boolean empty) {
            super.updateItem(u, empty);
            if (empty || u == null) { setGraphic(null); return; }
            meta.setText(Forms.date(u.postedOn()) + "  ·  " + u.author() + (u.progress() == null ? "" : "  ·  " + u.progress() + "%"));
            text.setText(u.text());
            setGraphic(box);
            setAccessibleText(meta.getText() + ": " + u.text());
        }
    }
}
