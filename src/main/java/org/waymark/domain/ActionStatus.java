package org.waymark.domain;

import java.util.Locale;
import java.util.Optional;

/** Where an action is in its own life. BRAG is derived from this, the dates and the evidence. */
public enum ActionStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), ON_HOLD("On hold"), COMPLETE("Complete");

    private final String label;

    ActionStatus(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<ActionStatus> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (ActionStatus st : values()) {
            if (st.label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").equals(s) || st.name().replace("_", "").equalsIgnoreCase(s)) {
                return Optional.of(st);
            }
        }
        return switch (s) {
            case "complete", "completed", "done", "closed" -> Optional.of(COMPLETE);
            case "ongoing", "started", "inprogress" -> Optional.of(IN_PROGRESS);
            case "onhold", "paused" -> Optional.of(ON_HOLD);
            default -> Optional.empty();
        };
    }
}
