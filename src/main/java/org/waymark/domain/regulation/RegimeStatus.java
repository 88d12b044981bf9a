package org.waymark.domain.regulation;

import org.waymark.domain.RegimeEntry;
import org.waymark.domain.RegimeHistory;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the trust stands now, in the words of its regime's data file: the one source of the words the overview and
 * the board pack use, so a segment-5 trust reads "Provider Improvement Programme" and never "special measures".
 */
public record RegimeStatus(RegimeDefinition definition, Segment segment, LocalDate entered) {

    /** The status the history's last entry gives, or empty when the trust is in no regime. */
    public static Optional<RegimeStatus> of(RegimeHistory history, RegulationCatalogue catalogue) {
        Optional<RegimeEntry> now = history.current();
        if (now.isEmpty()) return Optional.empty();
        RegimeDefinition def = definition(catalogue, now.get().regime());
        Segment segment = segment(def, now.get().segment());
        return Optional.of(new RegimeStatus(def, segment, history.enteredOn().orElseThrow()));
    }

    /** "NHS Oversight Framework 2025/26, segment 5", or the regime's name when it has no segments. */
    public String label() {
        return segment == null ? definition.name() : definition.name() + ", " + segment.name().toLowerCase(Locale.UK);
    }

    /**
     * The regime's own words while the trust is in the segment they were written for (the intensive-support one, or
     * any when the regime has no segments); plain segment words otherwise, since a segment-3 trust is in no programme.
     */
    public RegimeWording wording() {
        if (segment == null || segment.intensiveSupport()) return definition.wording();
        String in = "in " + segment.name().toLowerCase(Locale.UK) + " of the " + definition.name();
        return new RegimeWording(definition.name(), in, "move out of " + segment.name().toLowerCase(Locale.UK));
    }

    /** The regime of that id, or a stand-in named by the id when the data no longer holds it. */
    static RegimeDefinition definition(RegulationCatalogue catalogue, String id) {
        return catalogue.regime(id).orElseGet(() -> unknown(id));
    }

    /** The regime's segment of that code (named by its code when the data lacks it), or null for none. */
    static Segment segment(RegimeDefinition def, String code) {
        return code == null ? null : def.segment(code).orElse(new Segment(code, "Segment " + code, "", false));
    }

    /** A regime the data no longer holds (a local file removed): named by its id, so the plan still opens. */
    private static RegimeDefinition unknown(String id) {
        return new RegimeDefinition(id, 0, id + " (not in the regulation data)", "", new InForce(LocalDate.MIN, null, ""),
                List.of(), "", List.of(), new RegimeWording(id, "in " + id, "leave " + id), null, List.of());
    }
}
