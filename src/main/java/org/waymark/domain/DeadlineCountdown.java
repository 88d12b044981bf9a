package org.waymark.domain;

/** Days left to a warning-notice requirement's deadline (negative once past), and how its actions stand. */
public record DeadlineCountdown(Requirement requirement, long daysLeft, int actions, int blueActions) {
    public boolean met() { return actions > 0 && actions == blueActions; }
}
