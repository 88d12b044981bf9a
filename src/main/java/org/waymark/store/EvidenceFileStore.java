package org.waymark.store;

import org.waymark.domain.EvidenceFile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evidence files in the plan. The bytes live once per content in {@code attachment}, keyed by SHA-256; the audit
 * log records only an evidence item's file name, size and hash, never the bytes.
 */
public final class EvidenceFileStore {

    public static final String LIMIT_SETTING = "evidence_file_limit_mb";

    private EvidenceFileStore() {}

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Copies a file's bytes into the plan for an evidence item, in the caller's transaction. */
    public static void attach(Tx tx, long evidenceId, String name, byte[] bytes, String why) {
        String sha = sha256(bytes);
        Sql.update(tx.connection(), "INSERT INTO attachment (sha256, size, content) VALUES (?,?,?) ON CONFLICT(sha256) DO NOTHING", sha, (long) bytes.length, bytes);
        insert(tx, new EvidenceFile(evidenceId, name, bytes.length, sha, null), why);
    }

    /** Records a file outside the plan: where it is and the hash it has now. */
    public static void link(Tx tx, EvidenceFile file, String why) {
        if (file.linkedPath() == null) throw new IllegalArgumentException("A linked file needs its path");
        insert(tx, file, why);
    }

    private static void insert(Tx tx, EvidenceFile f, String why) {
        Sql.update(tx.connection(), "INSERT INTO evidence_file (evidence_id, name, size, sha256, linked_path) VALUES (?,?,?,?,?)",
                f.evidenceId(), f.name(), f.size(), f.sha256(), f.linkedPath());
        tx.audit("evidence", f.evidenceId(), "file", null, Json.of(describe(f)), why);
    }

    /** Removes an item's file record (e.g. undo of attach); bytes no other item uses go too. */
    public static void delete(Tx tx, EvidenceFile f, String why) {
        Sql.update(tx.connection(), "DELETE FROM evidence_file WHERE evidence_id = ?", f.evidenceId());
        tx.audit("evidence", f.evidenceId(), "file", Json.of(describe(f)), null, why);
        Sql.update(tx.connection(), "DELETE FROM attachment WHERE sha256 = ? AND NOT EXISTS (SELECT 1 FROM evidence_file WHERE sha256 = ? AND linked_path IS NULL)",
                f.sha256(), f.sha256());
    }

    private static Map<String, Object> describe(EvidenceFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("size", f.size());
        m.put("sha256", f.sha256());
        m.put("stored", f.inPlan() ? "in the plan" : "linked");
        if (!f.inPlan()) m.put("path", f.linkedPath());
        return m;
    }

    /** False for a plan older than evidence files, checked read-only without upgrading it. */
    static boolean present(Connection c) {
        return Dialect.of(c).hasTable(c, "evidence_file");
    }

    public static List<EvidenceFile> all(Connection c) {
        if (!present(c)) return List.of();
        return Sql.query(c, "SELECT * FROM evidence_file ORDER BY evidence_id", rs -> new EvidenceFile(rs.getLong("evidence_id"),
                rs.getString("name"), rs.getLong("size"), rs.getString("sha256"), rs.getString("linked_path")));
    }

    public static Optional<EvidenceFile> of(Connection c, long evidenceId) {
        return Sql.query(c, "SELECT * FROM evidence_file WHERE evidence_id = ?", rs -> new EvidenceFile(rs.getLong("evidence_id"),
                rs.getString("name"), rs.getLong("size"), rs.getString("sha256"), rs.getString("linked_path")), evidenceId).stream().findFirst();
    }

    public static Optional<byte[]> content(Connection c, String sha256) {
        return Sql.query(c, "SELECT content FROM attachment WHERE sha256 = ?", rs -> rs.getBytes(1), sha256).stream().findFirst();
    }

    /** Every stored file whose bytes no longer match their hash, and every evidence file whose bytes are missing. */
    public static List<String> damaged(Connection c) {
        List<String> problems = new ArrayList<>();
        if (!present(c)) return problems;
        for (String sha : Sql.query(c, "SELECT sha256 FROM attachment ORDER BY sha256", rs -> rs.getString(1))) {
            byte[] bytes = content(c, sha).orElse(new byte[0]);
            if (!sha.equals(sha256(bytes))) problems.add("The stored file with SHA-256 " + sha + " has been altered: its content no longer matches its hash.");
        }
        problems.addAll(Sql.query(c, "SELECT f.evidence_id, f.name FROM evidence_file f WHERE f.linked_path IS NULL "
                + "AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = f.sha256)",
                rs -> "Evidence item " + rs.getLong(1) + " (" + rs.getString(2) + ") has lost its stored file."));
        return problems;
    }

    public static Integer limitMb(Connection c) {
        return Sql.query(c, "SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), LIMIT_SETTING).stream().findFirst()
                .map(v -> { try { return Integer.valueOf(v.strip()); } catch (NumberFormatException e) { return null; } }).orElse(null);
    }

    public static void saveLimitMb(Tx tx, Integer before, int after, String why) {
        Sql.update(tx.connection(), "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", LIMIT_SETTING, Integer.toString(after));
        tx.audit("setting", null, LIMIT_SETTING, before == null ? null : before.toString(), Integer.toString(after), why);
    }
}
