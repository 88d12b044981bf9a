package org.waymark.bench;

import org.waymark.app.demo.DemoPlanGenerator;
import org.waymark.store.AuditLog;
import org.waymark.store.AuditVerification;
import org.waymark.store.ChainKey;
import org.waymark.store.Forgery;
import org.waymark.store.KeyRing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Optional;

/**
 * What the plan key costs `check`: walking a chain signed with HMAC-SHA256 from row 2 on, with the key here and
 * without it (continuity, and the public-recipe test), against walking the same plan's plain SHA-256 chain.
 * Run: ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.waymark.bench.KeyedChainBench [-Dexec.args=ACTIONS]
 */
public final class KeyedChainBench {

    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path dir = Files.createTempDirectory("waymark-keyed");
        System.setProperty("waymark.data.dir", dir.resolve("data").toString()); // never the user's own key store
        Path plain = dir.resolve("plain.waymark");
        DemoPlanGenerator.write(plain, actions, 42, false, "bench", Clock.systemUTC()).close();
        Path keyed = dir.resolve("keyed.waymark");
        Files.copy(plain, keyed);
        ChainKey key = ChainKey.generate();
        Forgery.keyFrom(keyed, key, 2);
        KeyRing ring = id -> id.equals(key.id()) ? Optional.of(key) : Optional.empty();
        try (Connection p = DriverManager.getConnection("jdbc:sqlite:" + plain); Connection k = DriverManager.getConnection("jdbc:sqlite:" + keyed)) {
            System.out.printf("%d actions, %d audit rows, keyed from row 2%n", actions, AuditLog.count(p));
            double base = Stats.medianMillis(2, 9, () -> must(AuditLog.verify(p), false));
            double withKey = Stats.medianMillis(2, 9, () -> must(AuditLog.verify(k, ring), false));
            double without = Stats.medianMillis(2, 9, () -> must(AuditLog.verify(k, KeyRing.NONE), true));
            Stats.print("keyed chain walk, key here (HMAC per row)", withKey, "plain chain walk", base, "—");
            Stats.print("keyed chain walk, no key (continuity only)", without, "plain chain walk", base, "—");
        }
    }

    private static void must(AuditVerification v, boolean keyMissing) {
        if (!v.intact() || v.keyMissing() != keyMissing) throw new IllegalStateException(v.describe());
    }
}
