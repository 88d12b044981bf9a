package org.waymark.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds text the layout cut short: a label, button or column header showing an ellipsis where its text has none,
 * and is on screen. Status-bar items are left out: they shorten by design and carry the full text as a tooltip.
 */
final class ClippedText {

    private ClippedText() {}

    /** Cut-short text that is not inside a table cell (a cell shortens long text by design; its row reads it whole). */
    static List<String> in(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, root, out);
        return out;
    }

    /** Only the column headers among them. */
    static List<String> headers(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node h : root.lookupAll(".column-header")) if (h instanceof Parent p) walk(root, p, out);
        return out;
    }

    private static void walk(Parent root, Node n, List<String> out) {
        if (!n.isVisible() || "status-bar".equals(n.getId()) || n instanceof javafx.scene.control.IndexedCell<?>) return;
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && onScreen(root, l)) {
            for (Node c : l.getChildrenUnmodifiable()) {
                String dots = l.getEllipsisString();
                if (c instanceof Text t && t.getText() != null && !t.getText().equals(l.getText()) && t.getText().endsWith(dots) && !l.getText().endsWith(dots)) {
                    out.add(l.getClass().getSimpleName() + (l.getId() == null ? "" : "#" + l.getId()) + " \"" + l.getText() + "\" shows \"" + t.getText() + "\"");
                }
            }
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) walk(root, c, out);
    }

    /** Inside the window, and not scrolled out of a viewport's sight (clipped content is not "cut short"). */
    private static boolean onScreen(Parent root, Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds scene = root.getLayoutBounds();
        return b.getWidth() > 0 && b.getMaxX() > 0 && b.getMinX() < scene.getWidth() && b.getMaxY() > 0 && b.getMinY() < scene.getHeight();
    }
}
