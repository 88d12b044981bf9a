package org.waymark.app.demo;

import org.waymark.domain.Requirement;

import java.time.LocalDate;

/** One demo action before it is written: who, what, when, and the state the story leaves it in. */
record ActionSpec(String ref, String title, Requirement requirement, Long themeId, Long executiveLeadId, Long operationalLeadId,
                  Long committeeId, LocalDate start, LocalDate due, State state) {
}
