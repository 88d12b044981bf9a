package org.waymark.domain.spc;

/**
 * A stretch of points with one set of limits: [from, to) by point index, within one metric definition (era). {@code start} says why the segment
 * begins (the first, a change of definition, or a recalculation with its reason); {@code note} says why it has no
 * limits, or is empty when it has them. {@code meanRange} is the mean moving range after any screening.
 */
public record SpcSegment(int from, int to, int era, String start, double mean, double meanRange, double lower, double upper,
                         int basedOn, String note) {

    public boolean hasLimits() { return !Double.isNaN(lower); }

    public int size() { return to - from; }

    /** The two-sigma line on either side, where the two-of-three rule starts. */
    public double twoSigma() { return 2 * (SpcEngine.LIMIT / 3) * meanRange; }
}
