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

    public static Label of(Brag b) {
        Label l = new Label(shape(b) + " " + b.letter());
        l.getStyleClass().addAll("brag-chip", styleClass(b));
        l.setAccessibleText(b.label());
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
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
        return l;
    }

    public static String styleClass(Brag b) { return "brag-" + b.name().toLowerCase(Locale.ROOT); }
}
