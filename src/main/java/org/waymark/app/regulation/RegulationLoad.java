package org.waymark.app.regulation;

import org.waymark.domain.regulation.RegulationCatalogue;

import java.util.List;

/** The loaded catalogue and every problem met on the way, each naming its file. */
public record RegulationLoad(RegulationCatalogue catalogue, List<String> problems) {
}
