package org.waymark.domain.regulation;

import java.util.List;

/** One data file of instruments with the sources it cites. */
public record InstrumentSet(String id, int version, String name, List<Instrument> instruments, List<Citation> sources) {

    public InstrumentSet {
        instruments = List.copyOf(instruments == null ? List.of() : instruments);
        sources = List.copyOf(sources == null ? List.of() : sources);
    }
}
