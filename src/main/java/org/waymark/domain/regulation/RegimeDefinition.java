package org.waymark.domain.regulation;

import java.util.List;
import java.util.Optional;

/**
 * An oversight regime as published: its dates, segments, entry rule and exit-criteria template. {@code legacyRegime}
 * names the value plans written before regimes were data stored for it, so old plans map onto it.
 */
public record RegimeDefinition(String id, int version, String name, String authority, InForce inForce,
                               List<Segment> segments, String entryRule, List<String> exitCriteria,
                               RegimeWording wording, String legacyRegime, List<Citation> sources) {

    public RegimeDefinition {
        segments = List.copyOf(segments == null ? List.of() : segments);
        exitCriteria = List.copyOf(exitCriteria == null ? List.of() : exitCriteria);
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    public Optional<Segment> segment(String code) {
        return segments.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
