package org.waymark.ui.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.Map;

/** Cuts a label to a width with an ellipsis, measured once per text and width and remembered, so scrolling stays cheap. */
final class FittedText {

    private final Text measure = new Text();
    private final Map<String, String> cache = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();

    String fit(String s, Font font, double width) {
        return cache.computeIfAbsent(s + '\u0000' + Math.round(width), k -> cut(s, font, width));
    }

    private String cut(String s, Font font, double width) {
        measure.setFont(font);
        if (width(s) <= width) return s;
        int lo = 0, hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(s.substring(0, mid).stripTrailing() + "\u2026") <= width) lo = mid; else hi = mid - 1;
        }
        return s.substring(0, lo).stripTrailing() + "\u2026";
    }

    /** The drawn width of a text that is always drawn in one font (a tick's label: a few dozen of them), remembered. */
    double widthOf(String s, Font font) {
        return widths.computeIfAbsent(s, k -> {
            measure.setFont(font);
            return width(k);
        });
    }

    private double width(String s) {
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}
