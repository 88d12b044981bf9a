package org.waymark.domain;

/** A strategic risk on the Board Assurance Framework (SR1, SR2…). */
public record BafRisk(long id, String ref, String title) {
}
