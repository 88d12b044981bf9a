package org.waymark.domain.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * XmR (individuals and moving range) analysis in the Making Data Count way. The centre line is the mean; the
 * limits are the mean ± 2.66 × the mean moving range (3σ, with σ estimated as mean moving range / 1.128). A
 * segment starts at the first point, at each change of metric definition (era) and at each recalculation;
 * each segment has its own limits, or none when it has fewer than {@link SpcOptions#MIN_POINTS} points.
 */
public final class SpcEngine {

    /** 3 / 1.128: three sigma in units of the mean moving range. */
    static final double LIMIT = 2.66;
    /** Moving ranges above this multiple of their mean are screened out when asked (3.267 = D4 for n = 2). */
    static final double MR_SCREEN = 3.267;

    private SpcEngine() {}

    /** Analyses points in date order. Recalculations must have a reason; dates must not repeat. */
    public static SpcResult analyse(List<SpcInput> input, List<Recalculation> recalculations, SpcOptions options) {
        List<SpcInput> points = sorted(input) ? input : input.stream().sorted(Comparator.comparing(SpcInput::date)).toList();
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).date().equals(points.get(i - 1).date())) {
                throw new IllegalArgumentException("Two values for " + points.get(i).date() + ": keep one value per date");
            }
        }
        for (Recalculation r : recalculations) {
            if (r.reason().isEmpty()) throw new IllegalArgumentException("A recalculation from " + r.from() + " needs a reason");
        }
        double[] values = points.stream().mapToDouble(SpcInput::value).toArray();
        List<SpcSegment> segments = segments(points, values, recalculations, options);
        List<SpcPoint> out = new ArrayList<>(points.size());
        int lastSide = 0;
        for (int k = 0; k < segments.size(); k++) {
            SpcSegment s = segments.get(k);
            SpcRules.Flags flags = s.hasLimits() ? SpcRules.apply(values, s.from(), s.to(), s, options.runLength()) : null;
            for (int i = s.from(); i < s.to(); i++) {
                Set<SpcRule> rules = flags == null ? EnumSet.noneOf(SpcRule.class) : flags.rules().get(i - s.from());
                int trend = flags == null ? 0 : flags.trend()[i - s.from()];
                SpcInput p = points.get(i);
                lastSide = side(p.value(), s.mean(), rules, trend);
                out.add(new SpcPoint(p.date(), p.value(), p.target(), k, s.mean(), s.lower(), s.upper(), frozen(rules),
                        type(rules, lastSide, improvement(p, options))));
            }
        }
        Improvement latest = points.isEmpty() ? options.improvement() : improvement(points.get(points.size() - 1), options);
        return new SpcResult(out, segments, variation(out, segments, lastSide), assurance(out, segments, latest), options);
    }

    /** Every combination of rules as one shared unmodifiable set: points share them instead of copying. */
    private static final List<Set<SpcRule>> FROZEN = frozenSets();

    private static List<Set<SpcRule>> frozenSets() {
        List<Set<SpcRule>> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << SpcRule.values().length; mask++) {
            EnumSet<SpcRule> set = EnumSet.noneOf(SpcRule.class);
            for (SpcRule r : SpcRule.values()) if ((mask & 1 << r.ordinal()) != 0) set.add(r);
            out.add(java.util.Collections.unmodifiableSet(set));
        }
        return List.copyOf(out);
    }

    private static Set<SpcRule> frozen(Set<SpcRule> rules) {
        int mask = 0;
        for (SpcRule r : rules) mask |= 1 << r.ordinal();
        return FROZEN.get(mask);
    }

    private static boolean sorted(List<SpcInput> input) {
        for (int i = 1; i < input.size(); i++) if (input.get(i).date().isBefore(input.get(i - 1).date())) return false;
        return true;
    }

    /** Where each segment starts and the limits it carries. */
    static List<SpcSegment> segments(List<SpcInput> points, double[] values, List<Recalculation> recalculations, SpcOptions o) {
        List<SpcSegment> out = new ArrayList<>();
        int start = 0;
        String why = "First point";
        for (int i = 1; i <= points.size(); i++) {
            String next = i == points.size() ? null : breakBefore(points.get(i - 1), points.get(i), recalculations);
            if (i == points.size() || next != null) {
                out.add(limits(values, start, i, points.get(start).era(), why, o));
                start = i;
                why = next;
            }
        }
        return out;
    }

    private static String breakBefore(SpcInput previous, SpcInput p, List<Recalculation> recalculations) {
        if (p.era() != previous.era()) return "Definition changed";
        for (Recalculation r : recalculations) {
            LocalDate d = r.from();
            if (d.isAfter(previous.date()) && !d.isAfter(p.date())) return "Recalculated: " + r.reason();
        }
        return null;
    }

    /** Mean and limits of values[from, to), from its first {@code baseline} points when a baseline is set. */
    static SpcSegment limits(double[] values, int from, int to, int era, String start, SpcOptions o) {
        int n = to - from;
        double mean = mean(values, from, to);
        if (n < SpcOptions.MIN_POINTS) {
            return new SpcSegment(from, to, era, start, mean, Double.NaN, Double.NaN, Double.NaN, n,
                    "Fewer than " + SpcOptions.MIN_POINTS + " points (" + n + "): a run chart, without limits or icons.");
        }
        int end = o.baseline() > 0 ? Math.min(to, from + o.baseline()) : to;
        mean = mean(values, from, end);
        double amr = meanMovingRange(values, from, end, Double.POSITIVE_INFINITY);
        if (o.screenOutliers()) amr = meanMovingRange(values, from, end, MR_SCREEN * amr);
        return new SpcSegment(from, to, era, start, mean, amr, mean - LIMIT * amr, mean + LIMIT * amr, end - from, "");
    }

    static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) sum += values[i];
        return to > from ? sum / (to - from) : Double.NaN;
    }

    /** The mean of |x[i] − x[i−1]| over the segment, leaving out ranges at or above {@code screen}. */
    static double meanMovingRange(double[] values, int from, int to, double screen) {
        double sum = 0;
        int count = 0;
        for (int i = from + 1; i < to; i++) {
            double mr = Math.abs(values[i] - values[i - 1]);
            if (mr >= screen) continue;
            sum += mr;
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    private static Improvement improvement(SpcInput p, SpcOptions o) {
        return p.improvement() == null ? o.improvement() : p.improvement();
    }

    /** Which side of the mean a special point counts for: a point only in a trend counts for the trend's way. */
    private static int side(double value, double mean, Set<SpcRule> rules, int trend) {
        if (rules.size() == 1 && rules.contains(SpcRule.TREND)) return trend;
        return Double.compare(value, mean) == 0 ? trend : value > mean ? 1 : -1;
    }

    private static PointType type(Set<SpcRule> rules, int side, Improvement improvement) {
        if (rules.isEmpty()) return PointType.COMMON_CAUSE;
        if (improvement == Improvement.NEITHER) return PointType.NEITHER;
        return side == improvement.sign() ? PointType.IMPROVEMENT : PointType.CONCERN;
    }

    /** The latest point's reading, high or low by the side (or trend) that made it special. */
    private static VariationIcon variation(List<SpcPoint> points, List<SpcSegment> segments, int lastSide) {
        if (points.isEmpty() || !segments.get(segments.size() - 1).hasLimits()) return VariationIcon.NONE;
        return VariationIcon.of(points.get(points.size() - 1).type(), lastSide);
    }

    /** Compares the latest target with the latest limits; needs a target, limits and a direction. */
    private static AssuranceIcon assurance(List<SpcPoint> points, List<SpcSegment> segments, Improvement improvement) {
        if (points.isEmpty() || improvement == Improvement.NEITHER) return AssuranceIcon.NONE;
        SpcPoint last = points.get(points.size() - 1);
        SpcSegment s = segments.get(segments.size() - 1);
        if (!s.hasLimits() || Double.isNaN(last.target())) return AssuranceIcon.NONE;
        double t = last.target();
        if (t > s.upper()) return improvement == Improvement.UP ? AssuranceIcon.FAIL : AssuranceIcon.PASS;
        if (t < s.lower()) return improvement == Improvement.UP ? AssuranceIcon.PASS : AssuranceIcon.FAIL;
        return AssuranceIcon.HIT_AND_MISS;
    }
}
