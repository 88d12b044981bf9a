package org.waymark.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proves the data from the audit log: replays the log, in order, into the rows it implies, then streams every
 * table and compares it with them row by row and column by column. Only the implied state is held in memory;
 * the tables are read once, as a stream. Tables are found in the schema, not listed here, so a table added by a
 * migration and written through the audited path is proven without a change to this class.
 */
public final class AuditReplay {

    /** How many differences are kept to show; all are counted. */
    static final int SHOWN = 50;

    private AuditReplay() {}

    public static DataProof prove(Connection c) {
        List<Difference> shown = new ArrayList<>();
        long[] count = {0};
        java.util.function.Consumer<Difference> sink = d -> {
            if (shown.size() < SHOWN) shown.add(d);
            count[0]++;
        };
        List<String> tables = TableDump.tableNames(c);
        ReplayState state = new ReplayState();
        long auditRows = replay(c, new ReplayRules(state, new HashSet<>(tables), sink), Long.MAX_VALUE);
        long tableRows = 0;
        for (String table : tables) {
            Set<String> skip = ReplayRules.NOT_REPLAYED.getOrDefault(table, Set.of());
            if (skip.contains("*")) continue;
            tableRows += TableProof.compare(c, table, skip, state.table(table), sink);
        }
        for (Map.Entry<String, Map<String, ReplayState.Row>> t : state.all().entrySet()) {
            if (!tables.contains(t.getKey()) && !t.getValue().isEmpty()) {
                sink.accept(new Difference(t.getKey(), t.getValue().keySet().iterator().next(), "(table)", null, "rows are logged for it, but the plan has no such table"));
            }
        }
        boolean noLog = auditRows == 0 && tableRows > 0;
        return new DataProof(auditRows, tableRows, count[0], List.copyOf(shown), noLog);
    }

    /** The rows the log implies after its row {@code last}; what cannot be replayed goes to {@code problems}. */
    static ReplayState stateAt(Connection c, long last, java.util.function.Consumer<Difference> problems) {
        ReplayState state = new ReplayState();
        replay(c, new ReplayRules(state, new HashSet<>(TableDump.tableNames(c)), problems), last);
        return state;
    }

    private static long replay(Connection c, ReplayRules rules, long last) {
        long n = 0;
        try (java.sql.PreparedStatement st = c.prepareStatement("SELECT id, entity, entity_id, field, new_value FROM audit_log WHERE id <= ? ORDER BY id")) {
            st.setLong(1, last);
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                long entityId = rs.getLong(3);
                Long id = rs.wasNull() ? null : entityId;
                rules.apply(new ReplayRules.Entry(rs.getLong(1), rs.getString(2), id, rs.getString(4), rs.getString(5)));
                n++;
            }
        } catch (SQLException e) {
            throw Sql.failure("audit replay", e);
        }
        return n;
    }
}
