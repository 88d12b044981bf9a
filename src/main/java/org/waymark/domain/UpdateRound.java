package org.waymark.domain;

import java.time.LocalDate;

/** One round of update forms sent to action owners, and the date their returns are due. */
public record UpdateRound(long id, LocalDate startedOn, LocalDate returnBy, String startedBy) {
}
