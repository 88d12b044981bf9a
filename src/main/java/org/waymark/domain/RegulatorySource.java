package org.waymark.domain;

import java.time.LocalDate;

/** A warning notice, requirement notice, condition, s64 letter, inspection report or internal source. */
public record RegulatorySource(long id, SourceKind kind, String reference, String title, LocalDate issued,
                               String regulations) {
}
