package org.waymark.store;

import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An offline copy of a plan: an ordinary plan file whose last audited change records where and when it was taken.
 * It opens read-only ({@link PlanDatabase#open}), since changes belong in the plan it was taken from; its audit chain
 * is the original's plus that one row, so {@code check} verifies it like any plan.
 */
public final class OfflineCopy {

    static final String SETTING = "offline_copy";

    /** Where and when the copy was taken. */
    public record Origin(String source, String takenAt) {}

    private OfflineCopy() {}

    static void mark(Tx tx, String source, Instant at) {
        Map<String, String> value = new LinkedHashMap<>();
        value.put("source", source);
        value.put("takenAt", at.toString());
        String json = Json.of(value);
        Sql.update(tx.connection(), "INSERT INTO setting (key, value) VALUES (?, ?)", SETTING, json);
        tx.audit("setting", null, SETTING, null, json, "Offline copy of " + source);
    }

    /** The copy's origin, or empty for a plan that is not an offline copy. */
    public static Optional<Origin> of(Connection c) {
        return Sql.query(c, "SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), SETTING).stream().findFirst().map(json -> {
            try {
                var node = Json.mapper().readTree(json);
                return new Origin(node.path("source").asText("an unknown plan"), node.path("takenAt").asText("an unknown time"));
            } catch (java.io.IOException e) {
                return new Origin("an unknown plan", "an unknown time");
            }
        });
    }
}
