package org.waymark.ui.widgets;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;

import java.util.List;

/**
 * Cards side by side, sharing the width equally, while each share is a readable measure ({@link #MIN_EM} em) and no
 * narrower than any card's minimum; otherwise, as at 200 % zoom on a laptop screen, they stack one above the other
 * at full width, as a web page reflows. A card is never squeezed until its words are cut short or its figures spill.
 * The em is read from a Text kept out of sight, whose font follows the root's font size, and so the zoom; a change of
 * it asks for one new layout, and nothing in the layout changes the font back.
 */
public final class CardRow extends Pane {

    /** The narrowest share at which cards stand side by side, in em of the current font. */
    static final double MIN_EM = 24;

    private final double gap;
    private final Text em = new Text("M");

    CardRow(double gap, Node... cards) {
        this.gap = gap;
        em.setManaged(false);
        em.setVisible(false);
        getChildren().add(em);
        getChildren().addAll(cards);
        em.fontProperty().addListener(o -> requestLayout());
    }

    /** True when the cards stand side by side at this width. */
    public boolean sideBySide(double width) {
        List<Node> cards = getManagedChildren();
        if (cards.size() < 2) return true;
        double share = share(width, cards.size());
        if (share < MIN_EM * em.getFont().getSize()) return false;
        for (Node c : cards) if (c.minWidth(-1) > share) return false;
        return true;
    }

    private double share(double width, int n) {
        return (width - snappedLeftInset() - snappedRightInset() - gap * (n - 1)) / n;
    }

    private double inner(double width) { return width - snappedLeftInset() - snappedRightInset(); }

    @Override public Orientation getContentBias() { return Orientation.HORIZONTAL; }

    @Override protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node c : getManagedChildren()) widest = Math.max(widest, c.minWidth(-1));
        return snappedLeftInset() + widest + snappedRightInset();
    }

    @Override protected double computePrefWidth(double height) {
        List<Node> cards = getManagedChildren();
        double sum = gap * Math.max(0, cards.size() - 1);
        for (Node c : cards) sum += Math.max(c.minWidth(-1), MIN_EM * em.getFont().getSize());
        return snappedLeftInset() + sum + snappedRightInset();
    }

    @Override protected double computePrefHeight(double width) {
        List<Node> cards = getManagedChildren();
        double w = width < 0 ? prefWidth(-1) : width;
        double h = 0;
        if (sideBySide(w)) {
            double share = share(w, cards.size());
            for (Node c : cards) h = Math.max(h, c.prefHeight(share));
        } else {
            for (Node c : cards) h += c.prefHeight(inner(w));
            h += gap * Math.max(0, cards.size() - 1);
        }
        return snappedTopInset() + h + snappedBottomInset();
    }

    /** Never shorter than its cards: the page scrolls instead. */
    @Override protected double computeMinHeight(double width) { return computePrefHeight(width); }

    @Override protected void layoutChildren() {
        List<Node> cards = getManagedChildren();
        double x = snappedLeftInset();
        double y = snappedTopInset();
        if (sideBySide(getWidth())) {
            double share = share(getWidth(), cards.size());
            double height = getHeight() - snappedTopInset() - snappedBottomInset();
            for (Node c : cards) {
                c.resizeRelocate(snapPositionX(x), y, snapSizeX(share), height);
                x += share + gap;
            }
        } else {
            double width = inner(getWidth());
            for (Node c : cards) {
                double h = c.prefHeight(width);
                c.resizeRelocate(x, snapPositionY(y), width, snapSizeY(h));
                y += h + gap;
            }
        }
    }
}
