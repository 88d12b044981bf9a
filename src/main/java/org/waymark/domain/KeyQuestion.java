package org.waymark.domain;

import java.util.Locale;
import java.util.Optional;

/** The five questions CQC asks of every service. */
public enum KeyQuestion {
    SAFE("Safe"), EFFECTIVE("Effective"), CARING("Caring"), RESPONSIVE("Responsive"), WELL_LED("Well-led");

    private final String label;

    KeyQuestion(String label) { this.label = label; }

    public String label() { return label; }

    /** Accepts the spellings trusts actually use: "Well Led", "well-led", "SAFE". */
    public static Optional<KeyQuestion> parse(String text) {
        if (text == null) return Optional.empty();
        String squashed = text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (KeyQuestion q : values()) {
            if (q.label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").equals(squashed)) return Optional.of(q);
        }
        return Optional.empty();
    }
}
