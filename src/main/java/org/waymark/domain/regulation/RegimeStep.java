package org.waymark.domain.regulation;

import org.waymark.domain.RegimeEntry;
import org.waymark.domain.RegimeEvent;
import org.waymark.domain.RegimeHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One step of the regime history as the board reads it: the regime's and segment's names from the regulation data
 * and the event in the regime's own words ("Entered, now in segment 5 (Provider Improvement Programme)"), so the
 * pack's history table and the timeline markers say the same and a segment-5 trust never reads "special measures".
 *
 * @param segment the segment's name, or empty for a regime without segments
 */
public record RegimeStep(LocalDate date, RegimeEvent event, String regime, String segment, String words) {

    /** The history's steps in date order, each worded against the step before it. */
    public static List<RegimeStep> of(RegimeHistory history, RegulationCatalogue catalogue) {
        List<RegimeStep> out = new ArrayList<>();
        RegimeStatus before = null;
        for (RegimeEntry e : history.entries()) {
            RegimeDefinition def = RegimeStatus.definition(catalogue, e.regime());
            Segment segment = RegimeStatus.segment(def, e.segment());
            RegimeStatus after = new RegimeStatus(def, segment, e.effectiveOn());
            // Leaving names where the trust was, in that stay's words; a segment change names both segments.
            RegimeStatus left = before != null && before.definition().id().equals(def.id()) ? before : after;
            String words = switch (e.event()) {
                case ENTERED -> "Entered, now " + after.wording().inProgramme();
                case SEGMENT_CHANGED -> "Moved " + (before != null && before.segment() != null ? "from " + lower(before.segment()) + " " : "")
                        + "to " + (segment == null ? "no segment" : lower(segment)) + ", now " + after.wording().inProgramme();
                case LEFT -> "Left, no longer " + left.wording().inProgramme();
            };
            Segment shown = e.event() == RegimeEvent.LEFT && segment == null ? left.segment() : segment;
            out.add(new RegimeStep(e.effectiveOn(), e.event(), def.name(), shown == null ? "" : shown.name(), words));
            before = e.event() == RegimeEvent.LEFT ? null : after;
        }
        return List.copyOf(out);
    }

    private static String lower(Segment s) { return s.name().toLowerCase(Locale.UK); }
}
