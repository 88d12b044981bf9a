package org.waymark.domain.regulation;

import java.util.Set;

/** The result of carrying tags across frameworks: the new tags, and the old ones with no mapping, to review. */
public record CarriedTags(Set<String> carried, Set<String> unmapped, boolean official) {

    public boolean needsReview() { return !unmapped.isEmpty() || !official; }
}
