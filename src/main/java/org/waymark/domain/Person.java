package org.waymark.domain;

/** An owner or approver. Usually named by role ("Director of Operations") rather than by name. */
public record Person(long id, String name, String jobTitle, String directorate, String contact) {
}
