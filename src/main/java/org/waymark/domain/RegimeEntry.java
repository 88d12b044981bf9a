package org.waymark.domain;

import java.time.LocalDate;

/**
 * One dated step in the plan's regime history. {@code regime} is the id of a regime data file (for example
 * {@code nof-2025-26}); {@code segment} is its segment code, or null for a regime without segments.
 */
public record RegimeEntry(long id, LocalDate effectiveOn, RegimeEvent event, String regime, String segment, String note) {

    public RegimeEntry {
        if (note == null) note = "";
        if (segment != null && segment.isBlank()) segment = null;
    }
}
