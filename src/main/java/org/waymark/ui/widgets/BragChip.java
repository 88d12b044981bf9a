package org.waymark.ui.widgets;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.waymark.domain.Brag;

import java.util.Locale;

/** A BRAG shown by colour, letter and shape together, so it never relies on colour alone. */
public final class BragChip {

    private BragChip() {}

    /** Shapes differ per BRAG: ■ Red, ▲ Amber, ● Green, ◆ Blue. */
    public static String shape(Brag b) {
        return switch (b) {
            case RED -> "\u25A0";
            case AMBER -> "\u25B2";
            case GREEN -> "\u25CF";
            case BLUE -> "\u25C6";
        };
    }

    public static Label of(Brag b) { return of(b, null); }

    /** The chip a screen reader reads as words with its reason: "Red: overdue by 3 days". */
    public static Label of(Brag b, String reason) {
        Label l = new Label(shape(b) + " " + b.letter());
        l.getStyleClass().addAll("brag-chip", styleClass(b));
        l.setAccessibleText(spoken(b, reason));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** "Red: overdue by 3 days", or "Red" without a reason: what a screen reader says for a BRAG. */
    public static String spoken(Brag b, String reason) {
        if (reason == null || reason.isBlank()) return b.label();
        String r = reason.strip();
        // "Overdue by 3 days" reads on after the colour as "Red: overdue by 3 days"; an acronym keeps its capitals.
        boolean acronym = r.length() > 1 && Character.isUpperCase(r.charAt(1));
        return b.label() + ": " + (acronym ? r : Character.toLowerCase(r.charAt(0)) + r.substring(1));
    }

    /** The chip with the BRAG's name written out, for headers where there is room. */
    public static Label named(Brag b, boolean overridden, String reason) {
        Label l = new Label(shape(b) + " " + b.letter() + "  " + b.label() + (overridden ? " (set by hand)" : ""));
        l.getStyleClass().addAll("brag-chip", styleClass(b));
        l.setAccessibleText("BRAG " + b.label() + (overridden ? ", set by hand" : "") + (reason == null ? "" : ": " + reason));
        if (reason != null && !reason.isBlank()) l.setTooltip(new Tooltip(reason));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    public static Label count(Brag b, int n) {
        Label l = new Label(shape(b) + " " + b.letter() + "  " + b.label() + ": " + n);
        l.getStyleClass().addAll("brag-chip", "brag-count", styleClass(b));
        l.setId("count-" + b.name().toLowerCase(Locale.ROOT));
        l.setAccessibleText(b.label() + ": " + n + (n == 1 ? " action" : " actions"));
        return l;
    }

    public static String styleClass(Brag b) { return "brag-" + b.name().toLowerCase(Locale.ROOT); }
}
