package org.waymark.domain.spc;

import org.waymark.domain.Direction;

import java.util.Locale;

/** Which way a measure improves. "Neither" measures are watched for change but have no good side. */
public enum Improvement {
    UP, DOWN, NEITHER;

    /** +1 when higher is better, -1 when lower is better, 0 for neither. */
    int sign() { return this == UP ? 1 : this == DOWN ? -1 : 0; }

    public static Improvement of(Direction d) {
        return d == Direction.LOWER_IS_BETTER ? DOWN : UP;
    }

    public static Improvement parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Improvement must be up, down or neither, not '" + s + "'");
        }
    }
}
