package org.waymark.domain.spc;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The special-cause rules over one segment with limits, as Making Data Count applies them (and the NHS-R
 * "plot the dots" package implements them): every point of a qualifying run is flagged, a point on the mean
 * breaks a shift, an equal value breaks a trend, and two of three needs all three points on one side with at
 * least two of them between two sigma and the limits.
 */
final class SpcRules {

    private SpcRules() {}

    /** The rules per point, and the direction (+1 rising, -1 falling) of any trend a point is part of. */
    record Flags(List<Set<SpcRule>> rules, int[] trend) {}

    /** Rules per point of values[from, to), judged against one mean and its limits. */
    static Flags apply(double[] values, int from, int to, SpcSegment s, int runLength) {
        int n = to - from;
        List<Set<SpcRule>> rules = new java.util.ArrayList<>(n);
        int[] side = new int[n];
        boolean[] close = new boolean[n];
        double twoSigma = s.twoSigma();
        for (int i = 0; i < n; i++) {
            double v = values[from + i];
            rules.add(EnumSet.noneOf(SpcRule.class));
            side[i] = Double.compare(v, s.mean()) == 0 ? 0 : v > s.mean() ? 1 : -1;
            boolean outside = v > s.upper() || v < s.lower();
            if (outside) rules.get(i).add(SpcRule.OUTSIDE_LIMITS);
            close[i] = !outside && Math.abs(v - s.mean()) > twoSigma;
        }
        shifts(side, runLength, rules);
        int[] trend = new int[n];
        trends(values, from, n, runLength, rules, trend);
        twoOfThree(side, close, rules);
        return new Flags(rules, trend);
    }

    /** Runs of at least {@code runLength} points strictly on one side of the mean. */
    private static void shifts(int[] side, int runLength, List<Set<SpcRule>> rules) {
        int start = 0;
        for (int i = 1; i <= side.length; i++) {
            if (i == side.length || side[i] != side[start] || side[i] == 0) {
                if (side[start] != 0 && i - start >= runLength) mark(rules, start, i, SpcRule.SHIFT);
                start = i;
            }
        }
    }

    /** Runs of at least {@code runLength} points each strictly above (or below) the one before. */
    private static void trends(double[] values, int from, int n, int runLength, List<Set<SpcRule>> rules, int[] trend) {
        int start = 0;
        int dir = 0;
        for (int i = 1; i <= n; i++) {
            int d = i == n ? 0 : Double.compare(values[from + i], values[from + i - 1]);
            if (i < n && d != 0 && (d == dir || i == start + 1)) {
                dir = d;
                continue;
            }
            if (dir != 0 && i - start >= runLength) {
                mark(rules, start, i, SpcRule.TREND);
                for (int k = start; k < i; k++) trend[k] = dir;
            }
            // a change of direction starts the next run at the turning point; an equal value starts it afresh
            start = d == 0 ? i : i - 1;
            dir = d;
        }
    }

    /** Windows of three on one side of the mean with two or more points between two sigma and the limits. */
    private static void twoOfThree(int[] side, boolean[] close, List<Set<SpcRule>> rules) {
        for (int i = 0; i + 2 < side.length; i++) {
            int s = side[i];
            if (s == 0 || side[i + 1] != s || side[i + 2] != s) continue;
            int count = (close[i] ? 1 : 0) + (close[i + 1] ? 1 : 0) + (close[i + 2] ? 1 : 0);
            if (count < 2) continue;
            for (int k = i; k < i + 3; k++) if (close[k]) rules.get(k).add(SpcRule.TWO_OF_THREE);
        }
    }

    private static void mark(List<Set<SpcRule>> rules, int from, int to, SpcRule rule) {
        for (int i = from; i < to; i++) rules.get(i).add(rule);
    }
}
