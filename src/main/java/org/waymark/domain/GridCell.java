package org.waymark.domain;

/** A cell of the key question × core service grid. A null core service is the provider (trust-wide) level. */
public record GridCell(KeyQuestion keyQuestion, Long coreServiceId) {
}
