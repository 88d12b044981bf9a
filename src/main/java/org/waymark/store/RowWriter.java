package org.waymark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.StringJoiner;

/**
 * Inserts and updates one table's rows from records, writing an audit entry per created row and per changed
 * field, in the caller's transaction.
 */
final class RowWriter<R> {

    /** Every writer by entity name, so the audit replay can rebuild any audited table without a list of its own. */
    private static final Map<String, RowWriter<?>> BY_ENTITY = new ConcurrentHashMap<>();

    private final String table;
    private final String entity;
    private final Class<R> type;
    private final List<Column<R>> columns;
    private final String insertSql;

    /** {@code type} is the record the {@code created} audit row holds as JSON: the replay reads it back. */
    RowWriter(String table, String entity, Class<R> type, List<Column<R>> columns) {
        this.table = table;
        this.entity = entity;
        this.type = type;
        this.columns = List.copyOf(columns);
        BY_ENTITY.put(entity, this);
        StringJoiner names = new StringJoiner(", "), marks = new StringJoiner(", ");
        for (Column<R> c : columns) { names.add(c.column()); marks.add("?"); }
        this.insertSql = "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") RETURNING id";
    }

    /**
     * Inserts a row and audits it with its JSON. The JSON is made after the row is bound, so a value the store refuses
     * (a text of a hundred megabytes, say) is refused before it is copied into a document several times its size.
     */
    long insert(Tx tx, R row, String why) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) values[i] = columns.get(i).valueOf(row);
        long id;
        try {
            PreparedStatement ps = tx.statement(insertSql);
            Sql.bind(ps, values);
            try (ResultSet keys = ps.executeQuery()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failure(insertSql, e);
        }
        tx.audit(entity, id, "created", null, Json.of(row), why);
        return id;
    }

    /** Writes only the fields that changed; returns how many did. */
    int update(Tx tx, long id, R before, R after, String why) {
        List<Column<R>> changed = new ArrayList<>();
        for (Column<R> c : columns) if (c.differs(before, after)) changed.add(c);
        if (changed.isEmpty()) return 0;
        StringJoiner set = new StringJoiner(", ");
        Object[] values = new Object[changed.size() + 1];
        for (int i = 0; i < changed.size(); i++) {
            set.add(changed.get(i).column() + " = ?");
            values[i] = changed.get(i).valueOf(after);
        }
        values[changed.size()] = id;
        tx.update("UPDATE " + table + " SET " + set + " WHERE id = ?", values,
                entity + " " + id + " no longer exists; it may have been deleted. Nothing was changed. Reload the plan.");
        for (Column<R> c : changed) tx.audit(entity, id, c.field(), text(c.valueOf(before)), text(c.valueOf(after)), why);
        return changed.size();
    }

    void delete(Tx tx, long id, String summary, String why) {
        int n = Sql.update(tx.connection(), "DELETE FROM " + table + " WHERE id = ?", id);
        if (n != 1) throw new StoreException(StoreException.Reason.INVALID, entity + " " + id + " no longer exists.");
        tx.audit(entity, id, "deleted", summary, null, why);
    }

    static Optional<RowWriter<?>> forEntity(String entity) {
        Tables.ensureLoaded();
        return Optional.ofNullable(BY_ENTITY.get(entity));
    }

    String table() { return table; }
    Class<R> type() { return type; }
    List<Column<R>> columns() { return columns; }

    private static String text(Object v) {
        return v == null ? null : v instanceof Enum<?> e ? e.name() : v.toString();
    }
}
