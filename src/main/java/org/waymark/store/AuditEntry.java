package org.waymark.store;

/** One change to record: which entity and field, its old and new value, and why it was made. */
public record AuditEntry(String entity, Long entityId, String field, String oldValue, String newValue, String why) {
}
