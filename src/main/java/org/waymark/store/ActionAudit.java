package org.waymark.store;

import java.sql.Connection;
import java.util.List;

/**
 * Every audit row about one action: the action's own rows and those of its evidence, date revisions, progress
 * updates and milestones, including ones since removed. A child row belongs to the action named in the JSON its
 * "created" or "deleted" row holds, so history survives the child's deletion.
 */
public final class ActionAudit {

    private ActionAudit() {}

    private static String sql(Dialect dialect) {
        return """
            WITH owned(entity, entity_id) AS (
                SELECT entity, entity_id FROM audit_log
                WHERE entity IN ('evidence', 'date_revision', 'progress_update', 'milestone') AND field IN ('created', 'deleted')
                  AND %s
            )
            SELECT * FROM audit_log a
            WHERE (a.entity = 'action' AND a.entity_id = ?)
               OR EXISTS (SELECT 1 FROM owned o WHERE o.entity = a.entity AND o.entity_id = a.entity_id)
            ORDER BY a.id""".formatted(dialect.jsonMemberEquals("(CASE field WHEN 'created' THEN new_value ELSE old_value END)", "actionId"));
    }

    public static List<AuditRow> rows(Connection c, long actionId) {
        return Sql.query(c, sql(Dialect.of(c)), rs -> new AuditRow(rs.getLong("id"), rs.getString("entity"), Sql.nullableLong(rs, "entity_id"),
                rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"), rs.getString("who"),
                rs.getString("at"), rs.getString("why"), rs.getString("prev_hash"), rs.getString("hash")), actionId, actionId);
    }
}
