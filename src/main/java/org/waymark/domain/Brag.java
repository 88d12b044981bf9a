package org.waymark.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Blue / Red / Amber / Green. Each carries a letter so it never relies on colour alone. Declared from worst to
 * best-but-assured so that "the worse of two" is the lower ordinal among R, A, G.
 */
public enum Brag {
    RED("R", "Red"), AMBER("A", "Amber"), GREEN("G", "Green"), BLUE("B", "Blue");

    private final String letter;
    private final String label;

    Brag(String letter, String label) { this.letter = letter; this.label = label; }

    public String letter() { return letter; }

    public String label() { return label; }

    public static Brag worse(Brag a, Brag b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** Accepts "R", "red", " Amber ", and "Amber/Red" (the worse of the two). */
    public static Optional<Brag> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) return Optional.empty();
        String[] parts = s.split("\\s*[/\\-]\\s*");
        Brag result = null;
        for (String part : parts) {
            Brag one = single(part.trim());
            if (one == null) return Optional.empty();
            result = result == null ? one : worse(result, one);
        }
        return Optional.ofNullable(result);
    }

    private static Brag single(String s) {
        for (Brag b : values()) {
            if (b.letter.equalsIgnoreCase(s) || b.label.equalsIgnoreCase(s)) return b;
        }
        return null;
    }
}
