package org.waymark.app.chart;

import org.waymark.domain.spc.SpcPoint;

import java.util.ArrayList;
import java.util.List;

/** Maps point indexes and values to the plot box; the value range covers values, limits and targets. */
record Scale(int first, int last, double left, double right, double top, double bottom, double min, double max) {

    static Scale of(List<SpcPoint> points, int first, int last, double left, double right, double top, double bottom) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (SpcPoint p : points) {
            for (double v : new double[]{p.value(), p.lower(), p.upper(), p.target(), p.mean()}) {
                if (Double.isNaN(v)) continue;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        double pad = (hi - lo) * 0.06;
        return new Scale(first, last, left, right, top, bottom, lo - pad, hi + pad);
    }

    double step() { return (right - left) / Math.max(1, last - first); }

    double x(int index) { return left + (index - first + 0.5) * step(); }

    double y(double v) { return bottom - (v - min) / (max - min) * (bottom - top); }

    /** About five round values inside the range. */
    List<Double> ticks() {
        double raw = (max - min) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        List<Double> out = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max; v += step) out.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        return out;
    }
}
