package org.waymark.ui.widgets;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A row of labels, fields and buttons that wraps onto a second line when the window is too narrow (at 200 % zoom, say)
 * instead of shortening its words to "Board m…". Each label and button keeps the width of its words.
 */
public final class Wrapping {

    private Wrapping() {}

    public static FlowPane row(double gap, Node... nodes) {
        FlowPane row = new FlowPane(gap, gap * 0.6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setRowValignment(javafx.geometry.VPos.CENTER);
        for (Node n : nodes) if (n instanceof Labeled l && !l.isWrapText()) l.setMinWidth(Region.USE_PREF_SIZE);
        return row;
    }

    /**
     * A label or button that wraps its words onto more lines rather than cutting them short, and keeps the height those
     * lines need: a wrapping label's own minimum is one line, so a crowded column would squeeze it back to "Ensure NH…".
     * Nor does it get narrower than its longest word, which would cut that word instead; the minimum follows the font,
     * so it follows the zoom (the font changes once per zoom change, and the width does not feed back into it).
     */
    public static <T extends Labeled> T lines(T l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        Runnable fit = () -> l.setMinWidth(Math.ceil(longestWord(l) + l.getInsets().getLeft() + l.getInsets().getRight()) + 1);
        l.fontProperty().addListener(o -> fit.run());
        l.textProperty().addListener(o -> fit.run());
        l.insetsProperty().addListener(o -> fit.run());
        fit.run();
        return l;
    }

    private static double longestWord(Labeled l) { return longestWord(l.getText(), l.getFont()); }

    /** The width of the widest word of {@code text} drawn in {@code font}: the least a wrapped text can be given without breaking one. */
    public static double longestWord(String text, javafx.scene.text.Font font) {
        if (text == null) return 0;
        Text measure = new Text();
        measure.setFont(font);
        double widest = 0;
        for (String word : text.split("\\s+")) {
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
