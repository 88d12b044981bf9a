package org.waymark.bench;

import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.store.AuditLog;
import org.waymark.store.AuditReplay;
import org.waymark.store.DataProof;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;

/**
 * The audit log proving the data on a 20,000-action plan (about 105,000 audit rows): the chain walk and the replay
 * compared with every table, each against a bare streaming SHA-256 pass over the same audit rows.
 * Run: ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.waymark.bench.DataProofBench [-Dexec.args=PLAN]
 */
public final class DataProofBench {

    public static void main(String[] args) throws Exception {
        Path file;
        if (args.length > 0) {
            file = Path.of(args[0]);
        } else {
            file = Files.createTempDirectory("waymark-proof").resolve("bench.waymark");
            DemoPlanGenerator.write(file, 20_000, 42, false, "bench", Clock.systemUTC()).close();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            System.out.printf("%s: %d actions, %d audit rows%n", file, count(c, "action"), count(c, "audit_log"));
            double bare = Stats.medianMillis(2, 7, () -> bareHash(c));
            double chain = Stats.medianMillis(2, 7, () -> {
                if (!AuditLog.verify(c).intact()) throw new IllegalStateException("chain broken");
            });
            double replay = Stats.medianMillis(2, 7, () -> {
                DataProof p = AuditReplay.prove(c);
                if (!p.proven()) throw new IllegalStateException(p.describe());
            });
            Stats.print("audit chain walk", chain, "bare SHA-256 pass over the audit rows", bare, "—");
            Stats.print("replay + compare every table", replay, "bare SHA-256 pass over the audit rows", bare, "—");
            Stats.print("chain walk + replay (what check adds)", chain + replay, "bare SHA-256 pass over the audit rows", bare, "≤ 2000 ms");
        }
    }

    private static long count(Connection c, String table) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) { return rs.getLong(1); }
    }

    /** Reads every audit row's columns and hashes them: the least any check of the log must do. */
    private static void bareHash(Connection c) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM audit_log ORDER BY id")) {
            while (rs.next()) {
                for (int i = 1; i <= 11; i++) {
                    String s = rs.getString(i);
                    if (s != null) md.update(s.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        md.digest();
    }
}
