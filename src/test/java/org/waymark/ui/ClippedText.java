package org.waymark.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds text the layout cut short: a label, button or column header whose drawn text (its LabeledText child) ends
 * with the ellipsis while its own text does not. Every visible, laid-out one counts, whether or not it is scrolled
 * into sight: the words are cut the same either way.
 */
final class ClippedText {

    /**
     * The only places allowed to cut text short, each because its full text is in its tooltip (checked: an item here
     * without one is reported too). The status bar: one line along the window's foot by design, whose items (file,
     * user, last change, audit state) repeat what the views and the title bar say in full.
     */
    static final Set<String> SHORTENED_WITH_TOOLTIP = Set.of("status-bar");

    private ClippedText() {}

    /**
     * Cut-short text that is not inside a table or list cell (a cell shortens a long title by design; its row reads it
     * whole to a screen reader and the editor shows it).
     */
    static List<String> in(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, false, out);
        return out;
    }

    /** Only the column headers among them. */
    static List<String> headers(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node h : root.lookupAll(".column-header")) if (h instanceof Parent p) walk(p, false, out);
        return out;
    }

    private static void walk(Node n, boolean excepted, List<String> out) {
        if (!n.isVisible() || n instanceof javafx.scene.control.IndexedCell<?>) return;
        boolean allowed = excepted || (n.getId() != null && SHORTENED_WITH_TOOLTIP.contains(n.getId()));
        if (n instanceof Labeled l) {
            String shown = shown(l);
            if (shown != null && !(allowed && tooltipHasAll(l))) {
                out.add(l.getClass().getSimpleName() + (l.getId() == null ? "" : "#" + l.getId()) + " \"" + l.getText() + "\" shows \"" + shown + "\""
                        + (allowed ? " and has no tooltip with its whole text" : ""));
            }
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) walk(c, allowed, out);
    }

    /** What a cut-short label draws in place of its text, or null when it shows its text whole (or is not laid out). */
    static String shown(Labeled l) {
        String text = l.getText();
        String dots = l.getEllipsisString();
        if (text == null || text.isBlank() || dots == null || dots.isEmpty() || text.endsWith(dots) || l.getWidth() <= 0) return null;
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && t.isVisible() && t.getText() != null && !t.getText().equals(text) && t.getText().endsWith(dots)) return t.getText();
        }
        return null;
    }

    private static boolean tooltipHasAll(Labeled l) {
        Tooltip tip = l.getTooltip();
        return tip != null && tip.getText() != null && tip.getText().contains(l.getText());
    }
}
