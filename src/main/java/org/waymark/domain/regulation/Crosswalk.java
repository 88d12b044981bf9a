package org.waymark.domain.regulation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mapping from one framework's items to another's. {@code official} is false unless the regulator published the
 * mapping; then every carried tag is only a suggestion for review.
 */
public record Crosswalk(String id, int version, String from, String to, boolean official, String note,
                        Map<String, List<String>> mappings, List<Citation> sources) {

    public Crosswalk {
        mappings = Map.copyOf(mappings == null ? Map.of() : mappings);
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** Carries tags of the {@code from} framework into the {@code to} framework, keeping their order. */
    public CarriedTags carry(Collection<String> codes) {
        Set<String> carried = new LinkedHashSet<>();
        Set<String> unmapped = new LinkedHashSet<>();
        for (String code : codes) {
            List<String> targets = mappings.get(code);
            if (targets == null || targets.isEmpty()) unmapped.add(code);
            else carried.addAll(targets);
        }
        return new CarriedTags(Set.copyOf(carried), Set.copyOf(unmapped), official);
    }
}
