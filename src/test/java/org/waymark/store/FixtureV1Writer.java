package org.waymark.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Writes src/test/resources/fixtures/plan-v1.waymark: a plan as schema version 1 stored it, with an audit chain
 * (v1 had no head table). Run by hand when the fixture must be remade; the migration test reads the committed file.
 */
public final class FixtureV1Writer {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures/plan-v1.waymark");
        Files.deleteIfExists(out);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out)) {
            Migrations.migrate(c, 1);
            Sql.update(c, "INSERT INTO organisation (id, name, regime, regime_entered) VALUES (1, 'Version One Ambulance Trust', 'SPECIAL_MEASURES', '2016-09-29')");
            Sql.update(c, "INSERT INTO person (id, name) VALUES (1, 'Director of Operations')");
            Sql.update(c, "INSERT INTO source (id, kind, reference, title, issued) VALUES (1, 'WARNING_NOTICE_S29A', 'WN-1', 'Warning notice', '2016-07-22')");
            Sql.update(c, "INSERT INTO requirement (id, source_id, ref, priority, text, regulation, key_question, deadline) VALUES (1, 1, 'WN1', 'MUST', 'Staff the EOC', 18, 'SAFE', '2016-09-10')");
            Sql.update(c, "INSERT INTO action (id, ref, title, requirement_id, executive_lead_id, start_date, original_due, current_due, status, progress) "
                    + "VALUES (1, 'A1', 'Recruit call handlers', 1, 1, '2016-07-25', '2016-09-09', '2016-10-09', 'IN_PROGRESS', 60)");
            Sql.update(c, "INSERT INTO date_revision (id, action_id, old_due, new_due, reason, interim_control, approved_by, approved_on) "
                    + "VALUES (1, 1, '2016-09-09', '2016-10-09', 'Recruitment slower', 'Agency staff', 'Chief Executive', '2016-09-01')");
            Sql.update(c, "INSERT INTO metric (id, name, unit) VALUES (1, 'Category A 8 minute', '%')");
            Sql.update(c, "INSERT INTO metric_definition (id, metric_id, effective_from, label, unit, direction, target) VALUES (1, 1, '2016-04', 'Cat A', '%', 'HIGHER_IS_BETTER', 75)");
            Sql.update(c, "INSERT INTO metric_observation (metric_id, period, value) VALUES (1, '2016-04', 71.6)");
            String prev = AuditLog.GENESIS;
            // Every row inserted above is logged, as the app of that version logged it (a creation by its label).
            String[][] rows = {{"organisation", "1", "created", null, "Version One Ambulance Trust"}, {"action", "1", "created", null, "A1"},
                    {"action", "1", "currentDue", "2016-09-09", "2016-10-09"}, {"person", "1", "created", null, "Director of Operations"},
                    {"source", "1", "created", null, "WN-1"}, {"requirement", "1", "created", null, "WN1"},
                    {"date_revision", "1", "created", null, "A1 2016-09-09 to 2016-10-09"}, {"metric", "1", "created", null, "Category A 8 minute"},
                    {"metric_definition", "1", "created", null, "Cat A from 2016-04"}, {"metric", "1", "observation 2016-04", null, "71.6"}};
            for (int i = 0; i < rows.length; i++) {
                String[] r = rows[i];
                long id = i + 1;
                String at = String.format("2016-09-%02dT10:00:00Z", i + 1);
                String hash = AuditLog.hash(id, r[0], Long.valueOf(r[1]), r[2], r[3], r[4], "pmo", at, "fixture", prev);
                Sql.update(c, "INSERT INTO audit_log (id, entity, entity_id, field, old_value, new_value, who, at, why, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        id, r[0], Long.valueOf(r[1]), r[2], r[3], r[4], "pmo", at, "fixture", prev, hash);
                prev = hash;
            }
        }
        System.out.println("Wrote " + out);
    }
}
