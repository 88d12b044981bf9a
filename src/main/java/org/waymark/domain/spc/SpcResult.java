package org.waymark.domain.spc;

import java.util.List;

/** The whole analysis: every point, the segments, and the two icons for the latest point. */
public record SpcResult(List<SpcPoint> points, List<SpcSegment> segments, VariationIcon variation, AssuranceIcon assurance,
                        SpcOptions options) {

    public SpcResult {
        points = List.copyOf(points);
        segments = List.copyOf(segments);
    }

    /** Why there are no icons, or empty when there are. */
    public String note() {
        if (points.isEmpty()) return "No observations yet.";
        SpcSegment last = segments.get(segments.size() - 1);
        return last.note();
    }

    public boolean hasLimits() {
        return !segments.isEmpty() && segments.get(segments.size() - 1).hasLimits();
    }

    /** Segment index ranges [from, to), one per era: each era is charted on its own scale. */
    public List<int[]> eraRanges() {
        List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (i == 0 || segments.get(i).era() != segments.get(i - 1).era()) out.add(new int[]{i, i + 1});
            else out.get(out.size() - 1)[1] = i + 1;
        }
        return out;
    }

    /** The special-cause points, for an accessible list beside a chart. */
    public List<SpcPoint> specialCauses() {
        return points.stream().filter(p -> p.type().special()).toList();
    }
}
