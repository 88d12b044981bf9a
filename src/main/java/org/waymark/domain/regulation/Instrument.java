package org.waymark.domain.regulation;

import java.util.List;

/**
 * An enforcement or information instrument (warning notice, requirement notice…). {@code legacyKind} is the value
 * plans stored before instruments were data; {@code formerNames} keep a renamed instrument recognisable.
 */
public record Instrument(String id, String name, String legacyKind, String legalBasis, String appliesTo,
                         String description, InForce inForce, List<String> formerNames) {

    public Instrument {
        formerNames = List.copyOf(formerNames == null ? List.of() : formerNames);
    }
}
