package org.waymark.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash-chained audit log. Each row's hash covers its own content and the previous row's hash, and the head
 * table remembers the last row, so an edit, insertion or deletion made with plain SQL breaks the chain at a
 * row that {@link #verify} can name.
 */
public final class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final char SEPARATOR = '\u001f';
    private static final String NULL_MARK = "\u0000";

    private AuditLog() {}

    /** The chain's last row as the head table records it: id 0 and the genesis hash before the first row. */
    record Head(long lastId, String lastHash, java.util.Optional<Keyed> keyed) {}

    /**
     * Reads the head at the start of a write transaction, under the dialect's write lock (see {@link Dialect#headLock}
     * and {@link Dialect#writersQueue}): holding it, this transaction is the only one that can append, so the head
     * cannot move before it commits. SQLite's BEGIN IMMEDIATE already excludes every other writer.
     */
    static Head head(Connection c, Dialect d) {
        return headThen(c, d, null, null).head();
    }

    /** The head, read under the write lock, and the rows of the query sent with it (none without one). */
    record HeadAnd<T>(Head head, List<T> rows) {}

    /**
     * The head read under the write lock, then {@code sql} (if not null), in one multi-statement: one round trip, and
     * the statements run in order, so the query already runs holding the lock (see {@link Tx#query}).
     */
    static <T> HeadAnd<T> headThen(Connection c, Dialect d, String sql, Sql.RowMapper<T> mapper, Object... params) {
        Object[] all = new Object[params.length + 2];
        all[0] = KEYED_ENTITY;
        all[1] = KEYED_FIELD;
        System.arraycopy(params, 0, all, 2, params.length);
        String queue = d.writersQueue();
        String statements = (queue == null ? "" : queue + "; ") + HEAD + d.headLock() + (sql == null ? "" : "; " + sql);
        try (PreparedStatement ps = c.prepareStatement(statements)) {
            Sql.bind(ps, all);
            ps.execute();
            if (queue != null) ps.getMoreResults();
            Head head = null;
            try (ResultSet rs = ps.getResultSet()) {
                if (rs.next()) head = headOf(rs);
            }
            List<T> rows = new java.util.ArrayList<>();
            if (sql != null) {
                if (!ps.getMoreResults()) throw new SQLException("The query sent with the audit head returned no rows: " + sql);
                try (ResultSet rs = ps.getResultSet()) {
                    while (rs.next()) rows.add(mapper.map(rs));
                }
            }
            return new HeadAnd<>(head != null ? head : new Head(0, GENESIS, keyed(c)), rows);
        } catch (SQLException e) {
            throw Sql.failure(statements, e);
        }
    }

    private static Head headOf(ResultSet rs) throws SQLException {
        return new Head(rs.getLong(1), rs.getString(2), rs.getObject(3) == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Keyed(rs.getLong(3), rs.getString(4))));
    }

    /** The audit row that keyed the plan and the id of the key it names: from that row on, the chain is an HMAC chain. */
    public record Keyed(long row, String keyId) {}

    static final String KEYED_ENTITY = "plan";
    static final String KEYED_FIELD = "keyed";
    private static final String KEYED_ROW = "SELECT id, new_value FROM audit_log WHERE entity = ? AND entity_id IS NULL AND field = ? ORDER BY id LIMIT 1";
    // whether the plan is keyed rides along: on a shared plan every query is a round trip, made while holding the lock
    private static final String HEAD = "SELECT last_id, last_hash, k.id, k.new_value FROM audit_head LEFT JOIN (" + KEYED_ROW + ") k ON 1 = 1 WHERE audit_head.id = 1";

    /** The plan's first "plan keyed" row, if it has one (a later one changes nothing: a plan is keyed once). */
    public static java.util.Optional<Keyed> keyed(Connection c) {
        return Sql.query(c, KEYED_ROW, rs -> new Keyed(rs.getLong(1), rs.getString(2)), KEYED_ENTITY, KEYED_FIELD).stream().findFirst();
    }

    /** Whether an entry is the one that keys the plan (written by {@code waymark key --create}). */
    static boolean keys(String entity, Long entityId, String field) {
        return KEYED_ENTITY.equals(entity) && entityId == null && KEYED_FIELD.equals(field);
    }

    /** Appends entries to a plan that is not keyed (a migration's own rows). */
    static void append(Connection c, Head head, String who, String at, List<AuditEntry> entries) {
        write(c, chain(head, who, at, entries, KeyRing.NONE));
    }

    /** Audit rows hashed in order after a head, as the insert binds them, and the head they leave. */
    record Appended(List<Object[]> rows, long lastId, String lastHash) {}

    /**
     * Hashes entries in order after {@code head}. In a keyed plan each row is signed with the plan's key from
     * {@code keys}; without it this refuses, so nothing is written.
     */
    static Appended chain(Head head, String who, String at, List<AuditEntry> entries, KeyRing keys) {
        java.util.Optional<Keyed> keyed = head.keyed();
        ChainKey key = keyed.isEmpty() || entries.isEmpty() ? null : keys.find(keyed.get().keyId()).orElseThrow(() -> keyMissing(keyed.get()));
        List<Object[]> rows = new java.util.ArrayList<>(entries.size());
        String prev = head.lastHash();
        long nextId = head.lastId() + 1;
        for (AuditEntry e : entries) {
            if (key == null && keys(e.entity(), e.entityId(), e.field())) {
                long row = nextId;
                key = keys.find(e.newValue()).orElseThrow(() -> keyMissing(new Keyed(row, e.newValue())));
            }
            String text = recipe(nextId, e.entity(), e.entityId(), e.field(), e.oldValue(), e.newValue(), who, at, e.why(), prev);
            String hash = key == null ? sha256(text) : key.sign(text);
            rows.add(new Object[]{nextId, e.entity(), e.entityId(), e.field(), e.oldValue(), e.newValue(), who, at, e.why(), prev, hash});
            prev = hash;
            nextId++;
        }
        return new Appended(rows, nextId - 1, prev);
    }

    static final String INSERT = "INSERT INTO audit_log (id, entity, entity_id, field, old_value, new_value, who, at, why, prev_hash, hash) VALUES ";
    static final String ROW_MARKS = "(?,?,?,?,?,?,?,?,?,?,?)";
    static final String MOVE_HEAD = "INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?) "
            + "ON CONFLICT(id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash";

    /** Inserts the rows and moves the head, in the caller's transaction, so they commit or roll back with the change. */
    static void write(Connection c, Appended a) {
        if (a.rows().isEmpty()) return;
        try {
            try (PreparedStatement ps = c.prepareStatement(INSERT + ROW_MARKS)) {
                for (Object[] row : a.rows()) {
                    Sql.bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Sql.update(c, MOVE_HEAD, a.lastId(), a.lastHash());
        } catch (SQLException e) {
            throw Sql.failure("audit append", e);
        }
    }

    private static StoreException keyMissing(Keyed k) {
        return new StoreException(StoreException.Reason.READ_ONLY, "This plan is keyed (from audit row " + k.row() + "): only holders of its key can add to "
                + "its audit trail, and that key (id " + k.keyId() + ") is not on this computer. Nothing was written. Ask someone who holds it to run "
                + "`waymark key PLAN --export FILE` and give you the file, then run `waymark key PLAN --import FILE`.", null);
    }

    /** Walks the whole chain in id order, as a computer holding no plan key can. */
    public static AuditVerification verify(Connection c) {
        return verify(c, KeyRing.NONE);
    }

    /**
     * Walks the whole chain in id order. From a "plan keyed" row on, each row must be signed with the key it names;
     * when {@code keys} does not hold that key, those rows are checked for continuity only (each links to the one
     * before), except that a row hashed by the public recipe is named: the key holders never write one.
     */
    public static AuditVerification verify(Connection c, KeyRing keys) {
        long checked = 0;
        String prev = GENESIS;
        long expectedId = 1;
        Long keyedFrom = null;
        ChainKey key = null;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, entity, entity_id, field, old_value, new_value, who, at, why, prev_hash, hash FROM audit_log ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Long entityId = Sql.nullableLong(rs, "entity_id");
                String stored = rs.getString(11);
                if (id != expectedId) {
                    return AuditVerification.broken(checked, id, id > expectedId
                            ? "row " + expectedId + (id - expectedId > 1 ? " to " + (id - 1) : "") + " missing (deleted)"
                            : "row id out of sequence (inserted)");
                }
                if (!prev.equals(rs.getString(10))) {
                    return AuditVerification.broken(checked, id, "its link to the previous row does not match (a row was inserted, deleted or changed before it)");
                }
                if (keyedFrom == null && keys(rs.getString(2), entityId, rs.getString(4))) {
                    keyedFrom = id;
                    key = keys.find(rs.getString(6)).orElse(null);
                }
                String text = recipe(id, rs.getString(2), entityId, rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), prev);
                String problem = keyedFrom == null ? (sha256(text).equals(stored) ? null : "its content does not match its hash (edited after it was written)")
                        : keyedRowProblem(key, text, stored);
                if (problem != null) return AuditVerification.broken(checked, id, problem);
                prev = stored;
                checked++;
                expectedId++;
            }
            AuditVerification ok = AuditVerification.ok(checked, keyedFrom, keyedFrom != null && key == null);
            if (!hasHeadTable(c)) return ok;
            List<String[]> head = Sql.query(c, "SELECT last_id, last_hash FROM audit_head WHERE id = 1",
                    r -> new String[]{Long.toString(r.getLong(1)), r.getString(2)});
            long lastId = expectedId - 1;
            if (head.isEmpty()) {
                if (checked > 0) return AuditVerification.broken(checked, lastId, "the audit head record is missing");
            } else if (Long.parseLong(head.get(0)[0]) != lastId || !head.get(0)[1].equals(prev)) {
                long headId = Long.parseLong(head.get(0)[0]);
                return AuditVerification.broken(checked, headId > lastId ? lastId + 1 : headId,
                        headId > lastId ? "rows after " + lastId + " up to " + headId + " are missing (deleted)"
                                : "rows after the recorded last row " + headId + " were added outside the app");
            }
            return ok;
        } catch (SQLException e) {
            throw Sql.failure("audit verify", e);
        }
    }

    /** Files of schema version 1 predate the head table. */
    private static boolean hasHeadTable(Connection c) {
        return Dialect.of(c).hasTable(c, "audit_head");
    }

    /**
     * A row after the plan was keyed: signed with the key when it is here; without it, only a row hashed by the public
     * recipe can be named (someone without the key wrote or recomputed it); any other hash is taken on trust.
     */
    private static String keyedRowProblem(ChainKey key, String text, String stored) {
        if (key != null && key.sign(text).equals(stored)) return null;
        if (sha256(text).equals(stored)) {
            return "not signed with this plan's key (its hash follows the public recipe: someone without the key wrote or recomputed it)";
        }
        return key == null ? null : "its content does not match its signature under this plan's key (edited after it was written, or signed with another key)";
    }

    /** The plain chain's hash: SHA-256 over the recipe. */
    static String hash(long id, String entity, Long entityId, String field, String oldValue, String newValue,
                       String who, String at, String why, String prevHash) {
        return sha256(recipe(id, entity, entityId, field, oldValue, newValue, who, at, why, prevHash));
    }

    /** What a row's hash covers: every field and the previous row's hash, separated by a unit separator. */
    static String recipe(long id, String entity, Long entityId, String field, String oldValue, String newValue,
                         String who, String at, String why, String prevHash) {
        StringBuilder sb = new StringBuilder(128);
        for (Object part : new Object[]{id, entity, entityId, field, oldValue, newValue, who, at, why, prevHash}) {
            sb.append(part == null ? NULL_MARK : part.toString()).append(SEPARATOR);
        }
        return sb.toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static List<AuditRow> rows(Connection c, String entity, Long entityId) {
        String sql = "SELECT * FROM audit_log" + (entity == null ? "" : " WHERE entity = ? AND entity_id IS NOT DISTINCT FROM ?") + " ORDER BY id";
        Object[] params = entity == null ? new Object[0] : new Object[]{entity, entityId};
        return Sql.query(c, sql, AuditLog::row, params);
    }

    static AuditRow row(java.sql.ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong("id"), rs.getString("entity"), Sql.nullableLong(rs, "entity_id"),
                rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"), rs.getString("who"),
                rs.getString("at"), rs.getString("why"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** The newest row, or none in an empty log: for "last change" without reading the whole log. */
    public static java.util.Optional<AuditRow> last(Connection c) {
        return Sql.query(c, "SELECT * FROM audit_log ORDER BY id DESC LIMIT 1", rs -> new AuditRow(rs.getLong("id"), rs.getString("entity"),
                Sql.nullableLong(rs, "entity_id"), rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                rs.getString("who"), rs.getString("at"), rs.getString("why"), rs.getString("prev_hash"), rs.getString("hash"))).stream().findFirst();
    }

    public static long count(Connection c) {
        return Sql.query(c, "SELECT count(*) FROM audit_log", rs -> rs.getLong(1)).get(0);
    }
}
