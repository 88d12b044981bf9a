package org.waymark.ui.widgets;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

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
}
