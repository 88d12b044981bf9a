package org.waymark.domain;

/** Whether a metric improves as it rises (a percentage) or falls (a response time). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    public boolean meets(double value, double target) {
        return this == HIGHER_IS_BETTER ? value >= target : value <= target;
    }
}
