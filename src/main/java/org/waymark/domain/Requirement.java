package org.waymark.domain;

import java.time.LocalDate;

/**
 * A finding the trust must act on: a must-do or should-do, or one failing listed in a warning notice with its
 * own deadline. A null core service means it applies trust-wide.
 */
public record Requirement(long id, long sourceId, String ref, Priority priority, String text, Integer regulation,
                          KeyQuestion keyQuestion, Long coreServiceId, LocalDate deadline) {
}
