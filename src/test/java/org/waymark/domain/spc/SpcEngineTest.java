package org.waymark.domain.spc;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpcEngineTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final double[] WORKED = {89, 86, 75, 77, 81, 74, 72, 78, 76, 82, 77, 54, 66, 77, 86};

    static List<SpcInput> series(double... v) {
        return IntStream.range(0, v.length).mapToObj(i -> SpcInput.of(START.plusMonths(i), v[i])).toList();
    }

    static SpcResult run(Improvement dir, double... v) {
        return SpcEngine.analyse(series(v), List.of(), SpcOptions.defaults(dir));
    }

    static SpcResult run(int runLength, double... v) {
        return SpcEngine.analyse(series(v), List.of(), new SpcOptions(Improvement.UP, 0, runLength, false));
    }

    /** Indexes of points where the rule fired. */
    static List<Integer> fired(SpcResult r, SpcRule rule) {
        return IntStream.range(0, r.points().size()).filter(i -> r.points().get(i).rules().contains(rule)).boxed().toList();
    }

    static List<Integer> special(SpcResult r) {
        return IntStream.range(0, r.points().size()).filter(i -> r.points().get(i).type().special()).boxed().toList();
    }

    static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }

    /** 10, 12, 10, 12…: mean 11, every moving range 2, limits 11 ± 5.32. */
    static double[] steady(int n, double low) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = i % 2 == 0 ? low : low + 2;
        return v;
    }

    static double[] concat(double[]... parts) {
        List<Double> all = new ArrayList<>();
        for (double[] p : parts) for (double d : p) all.add(d);
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test void nhsWorkedExampleGivesTheTwelfthPointOutsideTheLimits() {
        SpcResult r = run(Improvement.UP, WORKED);
        SpcSegment s = r.segments().get(0);
        assertEquals(76.67, s.mean(), 0.005);
        assertEquals(103.0 / 14, s.meanRange(), 1e-9);
        assertEquals(57.1, s.lower(), 0.05);
        assertEquals(96.2, s.upper(), 0.05);
        assertEquals(List.of(11), special(r));
        assertEquals(Set.of(SpcRule.OUTSIDE_LIMITS), r.points().get(11).rules());
        assertEquals(PointType.CONCERN, r.points().get(11).type(), "a low point when higher is better is a concern");
        assertEquals(VariationIcon.COMMON_CAUSE, r.variation());
        assertEquals(AssuranceIcon.NONE, r.assurance(), "no target given");
    }

    @Test void shiftNeedsTheWholeRunOnOneSide() {
        double[] around = {9, 13, 9, 13, 9, 13, 9};
        double[] six = concat(around, new double[]{12, 12, 12, 12, 12, 12}, new double[]{9, 13, 9});
        double[] seven = concat(around, new double[]{12, 12, 12, 12, 12, 12, 12}, new double[]{9, 13, 9});
        assertEquals(List.of(), special(run(7, six)), "six on one side is not a shift of seven");
        assertEquals(range(7, 14), fired(run(7, seven), SpcRule.SHIFT));
        assertEquals(range(7, 14), special(run(7, seven)), "only the run is special");
        assertEquals(range(7, 13), fired(run(6, six), SpcRule.SHIFT), "the run length option of six");
    }

    @Test void aPointOnTheMeanBreaksAShift() {
        // the mean of these 15 values is exactly 11: the 11 splits a would-be run of eight above it into four and three
        double[] v = {8, 14, 8, 14, 12, 12, 12, 11, 12, 12, 12, 8, 14, 8, 8};
        SpcResult r = run(7, v);
        assertEquals(11.0, r.segments().get(0).mean(), 1e-12);
        assertEquals(List.of(), fired(r, SpcRule.SHIFT));
        v[7] = 12;
        assertEquals(range(3, 11), fired(run(7, v), SpcRule.SHIFT), "with 12 in its place the eight points are a shift");
    }

    @Test void trendNeedsNRisingPointsAndAnEqualValueBreaksIt() {
        double[] before = {10, 14, 10, 14, 10, 14};
        double[] after = {10, 14, 10};
        SpcResult seven = run(7, concat(before, new double[]{9, 10, 11, 12, 13, 14, 15}, after));
        assertEquals(range(6, 13), fired(seven, SpcRule.TREND));
        SpcResult six = run(7, concat(before, new double[]{10, 11, 12, 13, 14, 15}, after));
        assertEquals(List.of(), fired(six, SpcRule.TREND), "six rising points are not a trend of seven");
        assertEquals(range(6, 12), fired(run(6, concat(before, new double[]{10, 11, 12, 13, 14, 15}, after)), SpcRule.TREND));
        SpcResult broken = run(7, concat(before, new double[]{9, 10, 11, 12, 12, 13, 14, 15}, after));
        assertEquals(List.of(), fired(broken, SpcRule.TREND), "an equal value breaks the trend");
        SpcResult falling = run(7, concat(before, new double[]{15, 14, 13, 12, 11, 10, 9}, after));
        assertEquals(range(6, 13), fired(falling, SpcRule.TREND));
    }

    @Test void aRisingTrendIsAnImprovementWhenHigherIsBetterWhicheverSideOfTheMean() {
        double[] v = concat(steady(10, 10), new double[]{6, 7, 8, 9, 10, 11, 12});
        SpcResult r = run(Improvement.UP, v);
        assertEquals(range(10, 17), fired(r, SpcRule.TREND));
        SpcPoint firstOfTrend = r.points().get(11);
        assertTrue(firstOfTrend.value() < firstOfTrend.mean());
        assertEquals(Set.of(SpcRule.TREND), firstOfTrend.rules());
        assertEquals(PointType.IMPROVEMENT, firstOfTrend.type());
        assertEquals(VariationIcon.IMPROVEMENT_HIGH, r.variation());
        assertEquals(VariationIcon.CONCERN_HIGH, run(Improvement.DOWN, v).variation(), "rising is a concern when lower is better");
    }

    @Test void twoOfThreeBeyondTwoSigmaOnTheSameSide() {
        // steady 10/12 then 16, 12, 16: all three above the mean, the two 16s between two sigma and the limit
        double[] same = concat(steady(30, 10), new double[]{16, 12, 16}, steady(4, 10));
        SpcResult r = run(Improvement.UP, same);
        SpcSegment s = r.segments().get(0);
        assertTrue(16 - s.mean() > s.twoSigma() && 16 < s.upper(), "the 16s lie between two sigma and the upper limit");
        assertEquals(List.of(30, 32), fired(r, SpcRule.TWO_OF_THREE));
        assertEquals(List.of(30, 32), special(r));
        assertEquals(PointType.IMPROVEMENT, r.points().get(30).type());

        double[] opposite = concat(steady(30, 10), new double[]{16, 12, 6}, steady(4, 10));
        SpcResult o = run(Improvement.UP, opposite);
        SpcSegment os = o.segments().get(0);
        assertTrue(os.mean() - 6 > os.twoSigma() && 6 > os.lower(), "6 is beyond two sigma below, inside the limit");
        assertTrue(16 - os.mean() > os.twoSigma() && 16 < os.upper(), "16 is beyond two sigma above, inside the limit");
        assertEquals(List.of(), special(o), "two of three on opposite sides is not special cause");
    }

    @Test void directionNeitherMarksSpecialCausesPurpleWithoutAssurance() {
        SpcResult r = SpcEngine.analyse(targeted(WORKED, 95), List.of(), SpcOptions.defaults(Improvement.NEITHER));
        assertEquals(PointType.NEITHER, r.points().get(11).type());
        assertEquals(AssuranceIcon.NONE, r.assurance(), "no good side, so no assurance");
        double[] endsLow = concat(steady(14, 10), new double[]{1});
        assertEquals(VariationIcon.NEITHER_LOW, run(Improvement.NEITHER, endsLow).variation());
        assertEquals(VariationIcon.CONCERN_LOW, run(Improvement.UP, endsLow).variation());
        assertEquals(VariationIcon.IMPROVEMENT_LOW, run(Improvement.DOWN, endsLow).variation());
    }

    @Test void screeningLeavesOutMovingRangesAboveTheScreen() {
        double[] v = steady(20, 10);
        v[10] = 40;
        SpcResult plain = run(Improvement.UP, v);
        assertEquals((17 * 2 + 28 + 28) / 19.0, plain.segments().get(0).meanRange(), 1e-9);
        SpcResult screened = SpcEngine.analyse(series(v), List.of(), new SpcOptions(Improvement.UP, 0, 7, true));
        SpcSegment s = screened.segments().get(0);
        assertEquals(2.0, s.meanRange(), 1e-9, "the two ranges into and out of 40 are screened out");
        assertEquals(s.mean() + 5.32, s.upper(), 1e-9);
        assertEquals(List.of(10), fired(screened, SpcRule.OUTSIDE_LIMITS));
    }

    @Test void baselineFixesTheLimitsFromTheFirstNPoints() {
        double[] v = concat(steady(12, 10), steady(12, 19));
        SpcResult fixed = SpcEngine.analyse(series(v), List.of(), new SpcOptions(Improvement.UP, 12, 7, false));
        SpcSegment s = fixed.segments().get(0);
        assertEquals(1, fixed.segments().size());
        assertEquals(11.0, s.mean(), 1e-12);
        assertEquals(5.68, s.lower(), 1e-9);
        assertEquals(16.32, s.upper(), 1e-9);
        assertEquals(12, s.basedOn());
        assertEquals(range(12, 24), fired(fixed, SpcRule.OUTSIDE_LIMITS));
        assertEquals(VariationIcon.IMPROVEMENT_HIGH, fixed.variation());
        assertEquals(15.5, run(Improvement.UP, v).segments().get(0).mean(), 1e-12, "without a baseline every point counts");
        assertThrows(IllegalArgumentException.class, () -> new SpcOptions(Improvement.UP, 11, 7, false));
    }

    @Test void recalculationStartsNewLimitsAndCarriesItsReason() {
        double[] v = concat(steady(12, 10), steady(12, 19));
        Recalculation r = new Recalculation(START.plusMonths(12), "New triage model");
        SpcResult result = SpcEngine.analyse(series(v), List.of(r), SpcOptions.defaults(Improvement.UP));
        assertEquals(2, result.segments().size());
        SpcSegment second = result.segments().get(1);
        assertEquals(12, second.from());
        assertEquals(20.0, second.mean(), 1e-12);
        assertEquals("Recalculated: New triage model", second.start());
        assertEquals(List.of(), special(result), "each step is steady within its own limits");
        assertEquals(1, result.points().get(12).segment());
        assertThrows(IllegalArgumentException.class,
                () -> SpcEngine.analyse(series(v), List.of(new Recalculation(START.plusMonths(12), " ")), SpcOptions.defaults(Improvement.UP)));
    }

    @Test void limitsNeverSpanAChangeOfDefinition() {
        double[] v = concat(steady(12, 10), steady(12, 19));
        List<SpcInput> in = new ArrayList<>();
        for (int i = 0; i < v.length; i++) in.add(new SpcInput(START.plusMonths(i), v[i], i < 12 ? 0 : 1, i < 12 ? 12 : 8));
        SpcResult r = SpcEngine.analyse(in, List.of(), SpcOptions.defaults(Improvement.UP));
        assertEquals(2, r.segments().size());
        assertEquals("Definition changed", r.segments().get(1).start());
        assertEquals(11.0, r.segments().get(0).mean(), 1e-12);
        assertEquals(20.0, r.segments().get(1).mean(), 1e-12);
        assertEquals(AssuranceIcon.PASS, r.assurance(), "the latest era's target 8 lies below its lower limit 14.68");

        List<SpcInput> shortEra = new ArrayList<>(in.subList(0, 18));
        SpcResult s = SpcEngine.analyse(shortEra, List.of(), SpcOptions.defaults(Improvement.UP));
        assertFalse(s.segments().get(1).hasLimits(), "six points in the new era: a run chart");
        assertEquals(VariationIcon.NONE, s.variation());
        assertEquals(AssuranceIcon.NONE, s.assurance());
        assertTrue(s.note().contains("Fewer than 12 points (6)"), s.note());
    }

    static List<SpcInput> targeted(double[] v, double target) {
        return IntStream.range(0, v.length).mapToObj(i -> new SpcInput(START.plusMonths(i), v[i], 0, target)).toList();
    }

    @Test void assuranceComparesTheTargetWithTheLatestLimits() {
        double[] v = steady(14, 10); // limits 5.68 to 16.32
        SpcOptions up = SpcOptions.defaults(Improvement.UP);
        SpcOptions down = SpcOptions.defaults(Improvement.DOWN);
        assertEquals(AssuranceIcon.PASS, SpcEngine.analyse(targeted(v, 5), List.of(), up).assurance());
        assertEquals(AssuranceIcon.FAIL, SpcEngine.analyse(targeted(v, 17), List.of(), up).assurance());
        assertEquals(AssuranceIcon.HIT_AND_MISS, SpcEngine.analyse(targeted(v, 11), List.of(), up).assurance());
        assertEquals(AssuranceIcon.HIT_AND_MISS, SpcEngine.analyse(targeted(v, 16.32), List.of(), up).assurance(), "on the limit is inside");
        assertEquals(AssuranceIcon.PASS, SpcEngine.analyse(targeted(v, 17), List.of(), down).assurance());
        assertEquals(AssuranceIcon.FAIL, SpcEngine.analyse(targeted(v, 5), List.of(), down).assurance());
        assertEquals(AssuranceIcon.NONE, SpcEngine.analyse(series(v), List.of(), up).assurance(), "no target");
    }

    @Test void fewerThanTwelvePointsIsARunChartWithoutLimitsOrIcons() {
        SpcResult eleven = SpcEngine.analyse(targeted(steady(11, 10), 5), List.of(), SpcOptions.defaults(Improvement.UP));
        assertFalse(eleven.hasLimits());
        assertTrue(eleven.points().stream().allMatch(p -> Double.isNaN(p.lower()) && p.rules().isEmpty()));
        assertEquals(VariationIcon.NONE, eleven.variation());
        assertEquals(AssuranceIcon.NONE, eleven.assurance());
        assertEquals("Fewer than 12 points (11): a run chart, without limits or icons.", eleven.note());
        SpcResult twelve = SpcEngine.analyse(targeted(steady(12, 10), 5), List.of(), SpcOptions.defaults(Improvement.UP));
        assertTrue(twelve.hasLimits());
        assertEquals(AssuranceIcon.PASS, twelve.assurance());
        assertEquals(VariationIcon.NONE, run(Improvement.UP).variation());
    }

    @Test void badInputIsRefusedWithAReason() {
        List<SpcInput> twice = List.of(SpcInput.of(START, 1), SpcInput.of(START, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpcEngine.analyse(twice, List.of(), SpcOptions.defaults(Improvement.UP)));
        assertTrue(e.getMessage().contains("Two values for 2024-01-01"));
        assertThrows(IllegalArgumentException.class, () -> SpcInput.of(START, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new SpcOptions(Improvement.UP, 0, 8, false));
        assertThrows(IllegalArgumentException.class, () -> Improvement.parse("sideways"));
    }
}
