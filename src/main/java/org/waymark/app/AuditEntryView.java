package org.waymark.app;

/** An audit-log row as the outer layers see it. */
public record AuditEntryView(long id, String entity, Long entityId, String field, String oldValue, String newValue,
                             String who, String at, String why) {
}
