package org.waymark.domain;

/** A strategy or improvement theme actions are grouped under. */
public record Theme(long id, String name, String description) {
}
