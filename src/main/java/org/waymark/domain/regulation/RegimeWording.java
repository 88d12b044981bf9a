package org.waymark.domain.regulation;

/**
 * The words the window and the board pack use for a regime, so that a segment-5 trust never reads "special
 * measures": the programme's name, being in it, and leaving it.
 */
public record RegimeWording(String programme, String inProgramme, String leave) {
}
