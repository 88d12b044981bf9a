package org.waymark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One write transaction: the connection to write through and the audit entries to commit with it. */
public final class Tx {
    private final Connection connection;
    private final List<AuditEntry> audit = new ArrayList<>();
    /** Compiled once per transaction: an import of thousands of rows would otherwise spend most of its time preparing SQL. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Tx(Connection connection) { this.connection = connection; }

    public Connection connection() { return connection; }

    public void audit(String entity, Long entityId, String field, Object oldValue, Object newValue, String why) {
        audit.add(new AuditEntry(entity, entityId, field, text(oldValue), text(newValue), why));
    }

    List<AuditEntry> entries() { return audit; }

    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try { ps.close(); } catch (SQLException ignored) { /* closing; nothing more to do */ }
        }
        statements.clear();
    }

    private static String text(Object v) { return v == null ? null : v.toString(); }
}
