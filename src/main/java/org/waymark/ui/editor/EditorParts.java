package org.waymark.ui.editor;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.waymark.app.AuditEntryView;
import org.waymark.ui.widgets.Forms;
import java.util.function.Function;

/** The small layout pieces every tab of the action editor is built from. */
final class EditorParts {

    private EditorParts() {}

    static HBox hbox(Node grow, Node fixed) {
        HBox h = new HBox(8, grow, fixed);
        h.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(grow, Priority.ALWAYS);
        if (grow instanceof Region r) r.setMaxWidth(Double.MAX_VALUE);
        if (fixed instanceof Region r) r.setMinWidth(Region.USE_PREF_SIZE);
        return h;
    }

    static TextArea area(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPromptText(prompt);
        a.setWrapText(true);
        a.setPrefRowCount(2);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    static VBox section(Object... titlesAndContent) {
        VBox box = new VBox(10);
        for (int i = 0; i < titlesAndContent.length; i += 2) {
            if (i > 0) box.getChildren().add(new Separator());
            box.getChildren().addAll(sectionTitle((String) titlesAndContent[i]), (Node) titlesAndContent[i + 1]);
        }
        box.setPadding(new Insets(14, 16, 18, 16));
        return box;
    }

    static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.getStyleClass().add("edge-to-edge");
        return s;
    }

    static Label empty(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("empty-state");
        l.setWrapText(true);
        return l;
    }

    static <S> TableColumn<S, String> column(String name, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final Tooltip tip = new Tooltip();
            @Override protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                boolean show = !empty && text != null && text.length() > 16;
                if (show) { tip.setText(text); tip.setWrapText(true); tip.setMaxWidth(420); }
                setTooltip(show ? tip : null);
            }
        });
        return c;
    }
}
