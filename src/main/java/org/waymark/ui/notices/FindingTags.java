package org.waymark.ui.notices;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.waymark.domain.Requirement;
import org.waymark.ui.PlanContext;
import org.waymark.ui.TagEditor;

/** The lower pane of Notices and findings: the framework tags of the finding chosen in the tree, shown only while one is. */
final class FindingTags {

    private final TagEditor editor;
    private final Label title = new Label();
    private final VBox node;

    FindingTags(PlanContext ctx) {
        editor = new TagEditor(ctx, "finding-tags", true);
        title.getStyleClass().add("section-title");
        title.setId("finding-tags-title");
        node = new VBox(8, title, editor.node());
        node.setPadding(new Insets(10, 16, 12, 16));
        node.getStyleClass().add("finding-tags");
        show(null);
    }

    Node node() { return node; }

    /** The finding's tags, or nothing when a source or an action is chosen. */
    void show(Requirement r) {
        node.setVisible(r != null);
        node.setManaged(r != null);
        if (r == null) return;
        title.setText("CQC framework tags of finding " + r.ref());
        editor.showFinding(r.id(), r.ref());
    }
}
