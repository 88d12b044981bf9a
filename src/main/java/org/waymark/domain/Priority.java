package org.waymark.domain;

import java.util.Locale;
import java.util.Optional;

/** CQC's "must do" (a regulatory breach) or "should do" (an improvement). */
public enum Priority {
    MUST("Must do"), SHOULD("Should do");

    private final String label;

    Priority(String label) { this.label = label; }

    public String label() { return label; }

    /** Accepts "Must", "MUST DO", "should-do", "S". */
    public static Optional<Priority> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (s.equals("must") || s.equals("mustdo") || s.equals("m")) return Optional.of(MUST);
        if (s.equals("should") || s.equals("shoulddo") || s.equals("s")) return Optional.of(SHOULD);
        return Optional.empty();
    }
}
