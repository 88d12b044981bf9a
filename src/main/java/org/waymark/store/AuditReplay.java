package org.waymark.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proves the data from the audit log: replays the log, in order, into the rows it implies, then streams every
 * table and compares it with them row by row and column by column. The replay goes one entity at a time (with
 * any entity that writes the same tables), and that entity's tables are compared before the next one is
 * replayed, so memory holds the implied rows of one kind of record, never the whole plan; the tables are read
 * once, as a stream. Tables are found in the schema, not listed here, so a table added by a
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
        Set<String> tableSet = new HashSet<>(tables);
        Set<String> compared = new HashSet<>();
        long auditRows = 0, tableRows = 0;
        for (List<String> group : groups(Sql.query(c, "SELECT DISTINCT entity FROM audit_log", rs -> rs.getString(1)))) {
            ReplayState state = new ReplayState();
            auditRows += replay(c, group, new ReplayRules(state, tableSet, sink));
            Set<String> declared = new HashSet<>();
            group.forEach(e -> declared.addAll(ReplayRules.tablesOf(e)));
            for (Map.Entry<String, Map<String, ReplayState.Row>> t : state.all().entrySet()) {
                String table = t.getKey();
                if (!declared.contains(table)) throw new IllegalStateException("The replay of " + group + " wrote " + table + ", which ReplayRules.tablesOf does not declare");
                if (!tableSet.contains(table)) {
                    if (!t.getValue().isEmpty()) sink.accept(new Difference(table, t.getValue().keySet().iterator().next(), "(table)", null, "rows are logged for it, but the plan has no such table"));
                    continue;
                }
                Set<String> skip = ReplayRules.NOT_REPLAYED.getOrDefault(table, Set.of());
                if (!skip.contains("*")) tableRows += TableProof.compare(c, table, skip, t.getValue(), sink);
                compared.add(table);
            }
        }
        // Tables the log never wrote: every row in them is one the log did not create.
        for (String table : tables) {
            Set<String> skip = ReplayRules.NOT_REPLAYED.getOrDefault(table, Set.of());
            if (!compared.contains(table) && !skip.contains("*")) tableRows += TableProof.compare(c, table, skip, new java.util.HashMap<>(), sink);
        }
        boolean noLog = auditRows == 0 && tableRows > 0;
        return new DataProof(auditRows, tableRows, count[0], List.copyOf(shown), noLog);
    }

    /** The log's entities, gathered so that entities whose rules write a common table are replayed together. */
    static List<List<String>> groups(List<String> entities) {
        List<List<String>> groups = new ArrayList<>();
        List<Set<String>> groupTables = new ArrayList<>();
        for (String entity : entities) {
            Set<String> tables = new HashSet<>(ReplayRules.tablesOf(entity));
            List<String> group = new ArrayList<>(List.of(entity));
            for (int i = groups.size() - 1; i >= 0; i--) {
                if (!java.util.Collections.disjoint(groupTables.get(i), tables)) {
                    group.addAll(groups.remove(i));
                    tables.addAll(groupTables.remove(i));
                }
            }
            groups.add(group);
            groupTables.add(tables);
        }
        return groups;
    }

    /** Replays one group's rows in the order they were written (the index on entity finds them). */
    private static long replay(Connection c, List<String> entities, ReplayRules rules) {
        String in = String.join(", ", java.util.Collections.nCopies(entities.size(), "?"));
        try (PreparedStatement st = c.prepareStatement("SELECT id, entity, entity_id, field, new_value FROM audit_log WHERE entity IN (" + in + ") ORDER BY id")) {
            for (int i = 0; i < entities.size(); i++) st.setString(i + 1, entities.get(i));
            return apply(st, rules);
        } catch (SQLException e) {
            throw Sql.failure("audit replay", e);
        }
    }

    /** The rows the log implies after its row {@code last}; what cannot be replayed goes to {@code problems}. */
    static ReplayState stateAt(Connection c, long last, java.util.function.Consumer<Difference> problems) {
        ReplayState state = new ReplayState();
        replayUpTo(c, new ReplayRules(state, new HashSet<>(TableDump.tableNames(c)), problems), last);
        return state;
    }

    /** Feeds each selected audit row (id, entity, entity id, field, new value) to the rules; returns how many. */
    private static long apply(PreparedStatement st, ReplayRules rules) throws SQLException {
        long n = 0;
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long entityId = rs.getLong(3);
                Long id = rs.wasNull() ? null : entityId;
                rules.apply(new ReplayRules.Entry(rs.getLong(1), rs.getString(2), id, rs.getString(4), rs.getString(5)));
                n++;
            }
        }
        return n;
    }

    /** Every row up to {@code last}, all kinds together: a plan as it stood then, which a rebuild needs whole. */
    private static long replayUpTo(Connection c, ReplayRules rules, long last) {
        try (PreparedStatement st = c.prepareStatement("SELECT id, entity, entity_id, field, new_value FROM audit_log WHERE id <= ? ORDER BY id")) {
            st.setLong(1, last);
            return apply(st, rules);
        } catch (SQLException e) {
            throw Sql.failure("audit replay", e);
        }
    }
}
