package org.waymark.domain;

/** What happened on a date in a trust's oversight: it entered a regime, moved segment within it, or left it. */
public enum RegimeEvent {
    ENTERED("Entered"), SEGMENT_CHANGED("Segment changed"), LEFT("Left");

    private final String label;

    RegimeEvent(String label) { this.label = label; }

    public String label() { return label; }
}
