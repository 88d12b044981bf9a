package org.waymark.bench.floor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The least a Java {@code check} can be: the plan opened read-only through the same SQLite driver, SQLite's
 * integrity check, and one SHA-256 per audit row over its fields, as a chain walk hashes them. No schema, anchor
 * or data proof, no command line. What {@code check} costs above this is ours; what this costs above an empty
 * main is the JVM loading and warming the driver and the digest, which no Java check can skip.
 */
public final class LeastCheck {
    private LeastCheck() {}

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + args[0] + "?immutable=1");
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                if (!r.next() || !"ok".equals(r.getString(1))) throw new IllegalStateException("integrity check failed");
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String previous = "";
            int rows = 0;
            try (ResultSet r = s.executeQuery("SELECT id, entity, entity_id, field, old_value, new_value, who, at, why FROM audit_log ORDER BY id")) {
                while (r.next()) {
                    StringBuilder row = new StringBuilder(previous);
                    for (int i = 1; i <= 9; i++) row.append('|').append(r.getString(i));
                    previous = HexFormat.of().formatHex(digest.digest(row.toString().getBytes(StandardCharsets.UTF_8)));
                    rows++;
                }
            }
            System.out.println(rows + " audit rows hashed; last " + previous);
        }
    }
}
