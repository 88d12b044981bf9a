package org.waymark.ui;

import javafx.scene.control.Label;
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
        l.getStyleClass().addAll("brag-chip", "brag-" + b.name().toLowerCase(Locale.ROOT));
        l.setAccessibleText(b.label());
        return l;
    }

    public static Label count(Brag b, int n) {
        Label l = new Label(shape(b) + " " + b.letter() + "  " + b.label() + ": " + n);
        l.getStyleClass().addAll("brag-chip", "brag-count", "brag-" + b.name().toLowerCase(Locale.ROOT));
        l.setId("count-" + b.name().toLowerCase(Locale.ROOT));
        return l;
    }
}
