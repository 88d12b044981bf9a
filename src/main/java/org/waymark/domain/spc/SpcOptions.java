package org.waymark.domain.spc;

/**
 * How to read a series. {@code baseline} 0 means the limits use every point of a segment; otherwise they are
 * fixed from its first {@code baseline} points. {@code runLength} is N for both the shift and the trend rules.
 */
public record SpcOptions(Improvement improvement, int baseline, int runLength, boolean screenOutliers) {

    /** Fewer points than this in a segment: a run chart, without limits, rules or icons. */
    public static final int MIN_POINTS = 12;

    public SpcOptions {
        if (improvement == null) throw new IllegalArgumentException("Choose an improvement direction: up, down or neither");
        if (runLength != 6 && runLength != 7) throw new IllegalArgumentException("The run length must be 6 or 7, not " + runLength);
        if (baseline != 0 && baseline < MIN_POINTS) {
            throw new IllegalArgumentException("A baseline needs at least " + MIN_POINTS + " points, not " + baseline);
        }
    }

    public static SpcOptions defaults(Improvement improvement) {
        return new SpcOptions(improvement, 0, 7, false);
    }
}
