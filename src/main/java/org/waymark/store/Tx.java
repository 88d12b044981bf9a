package org.waymark.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** One write transaction: the connection to write through and the audit entries to commit with it. */
public final class Tx {
    private final Connection connection;
    private final List<AuditEntry> audit = new ArrayList<>();

    Tx(Connection connection) { this.connection = connection; }

    public Connection connection() { return connection; }

    public void audit(String entity, Long entityId, String field, Object oldValue, Object newValue, String why) {
        audit.add(new AuditEntry(entity, entityId, field, text(oldValue), text(newValue), why));
    }

    List<AuditEntry> entries() { return audit; }

    private static String text(Object v) { return v == null ? null : v.toString(); }
}
