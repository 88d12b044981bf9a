package org.waymark.domain.spc;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The engine's one-pass run detection against a plain reference that tries every window: for any series (values
 * drawn from a few levels, so ties, runs and points on the mean are common), both flag the same rules on every point.
 */
class SpcRulesPropertyTest {

    @Provide Arbitrary<List<Integer>> series() {
        return Arbitraries.integers().between(0, 6).list().ofMinSize(12).ofMaxSize(60);
    }

    @Property(tries = 3000)
    void oneWayRulesMatchEveryWindowReference(@ForAll("series") List<Integer> values, @ForAll boolean six) {
        int n = six ? 6 : 7;
        List<SpcInput> in = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) in.add(SpcInput.of(LocalDate.of(2020, 1, 1).plusMonths(i), values.get(i)));
        SpcResult r = SpcEngine.analyse(in, List.of(), new SpcOptions(Improvement.UP, 0, n, false));
        SpcSegment s = r.segments().get(0);
        double[] v = values.stream().mapToDouble(Integer::doubleValue).toArray();
        for (int i = 0; i < v.length; i++) assertEquals(reference(v, i, s, n), r.points().get(i).rules(), "point " + i + " of " + values);
    }

    static Set<SpcRule> reference(double[] v, int i, SpcSegment s, int n) {
        Set<SpcRule> out = EnumSet.noneOf(SpcRule.class);
        if (v[i] > s.upper() || v[i] < s.lower()) out.add(SpcRule.OUTSIDE_LIMITS);
        for (int a = Math.max(0, i - n + 1); a <= i && a + n <= v.length; a++) {
            boolean above = true, below = true, up = true, down = true;
            for (int k = a; k < a + n; k++) {
                above &= v[k] > s.mean();
                below &= v[k] < s.mean();
                if (k > a) {
                    up &= v[k] > v[k - 1];
                    down &= v[k] < v[k - 1];
                }
            }
            if (above || below) out.add(SpcRule.SHIFT);
            if (up || down) out.add(SpcRule.TREND);
        }
        if (close(v[i], s)) {
            for (int a = Math.max(0, i - 2); a <= i && a + 3 <= v.length; a++) {
                int side = Integer.signum(Double.compare(v[a], s.mean()));
                boolean same = side != 0 && Integer.signum(Double.compare(v[a + 1], s.mean())) == side
                        && Integer.signum(Double.compare(v[a + 2], s.mean())) == side;
                int closeCount = (close(v[a], s) ? 1 : 0) + (close(v[a + 1], s) ? 1 : 0) + (close(v[a + 2], s) ? 1 : 0);
                if (same && closeCount >= 2) out.add(SpcRule.TWO_OF_THREE);
            }
        }
        return out;
    }

    static boolean close(double x, SpcSegment s) {
        return x <= s.upper() && x >= s.lower() && Math.abs(x - s.mean()) > s.twoSigma();
    }
}
