import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an insider with the published hash recipe can do after editing a plan with sqlite3: recompute every audit
 * row's link and hash and the head, and rewrite the chain head each board snapshot recorded, so that the chain
 * verifies on its own. Written apart from Waymark's code, from the recipe in docs/ARCHITECTURE.md:
 * hash = SHA-256 over (id, entity, entity_id, field, old_value, new_value, who, at, why, prev_hash), each followed by
 * U+001F, a null as U+0000.
 *
 *     java -cp 'target/lib/*' src/test/scripts/Rechain.java PLAN.waymark
 */
public class Rechain {
    public static void main(String[] args) throws Exception {
        Map<Long, String> hashes = new HashMap<>();
        Pattern row = Pattern.compile("\"chainRow\":(\\d+)");
        Pattern hashAt = Pattern.compile("\"chainHash\":\"[0-9a-f]{64}\"");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
            c.setAutoCommit(false);
            String prev = "0".repeat(64);
            long last = 0;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, entity, entity_id, field, old_value, new_value, who, at, why FROM audit_log ORDER BY id");
                 PreparedStatement up = c.prepareStatement("UPDATE audit_log SET new_value = ?, prev_hash = ?, hash = ? WHERE id = ?")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String newValue = rs.getString(6);
                    if ("snapshot".equals(rs.getString(2)) && "created".equals(rs.getString(4)) && newValue != null) {
                        Matcher m = row.matcher(newValue);
                        if (m.find()) newValue = hashAt.matcher(newValue).replaceFirst("\"chainHash\":\"" + hashes.get(Long.parseLong(m.group(1))) + "\"");
                    }
                    StringBuilder text = new StringBuilder();
                    Object[] parts = {id, rs.getString(2), rs.getObject(3), rs.getString(4), rs.getString(5), newValue, rs.getString(7), rs.getString(8), rs.getString(9), prev};
                    for (Object p : parts) text.append(p == null ? "\u0000" : p.toString()).append('\u001f');
                    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
                    up.setString(1, newValue);
                    up.setString(2, prev);
                    up.setString(3, hash);
                    up.setLong(4, id);
                    up.executeUpdate();
                    hashes.put(id, hash);
                    prev = hash;
                    last = id;
                }
            }
            try (PreparedStatement h = c.prepareStatement("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
                h.setLong(1, last);
                h.setString(2, prev);
                h.executeUpdate();
            }
            c.commit();
        }
    }
}
