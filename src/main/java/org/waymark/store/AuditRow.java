package org.waymark.store;

/** A stored audit-log row, with its place in the hash chain. */
public record AuditRow(long id, String entity, Long entityId, String field, String oldValue, String newValue,
                       String who, String at, String why, String prevHash, String hash) {
}
