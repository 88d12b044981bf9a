package org.waymark.store;

import org.waymark.domain.Plan;

import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a loaded plan up to date after writes by re-reading only the actions that the new audit rows name. Every
 * change to the plan's data is written with audit rows (the data proof enforces it), so the rows after the loaded
 * head say exactly what moved. Anything but an action and its child rows, or a write that touches many actions
 * (an import), asks for a whole load instead: re-reading a few actions is only cheaper while they are few.
 */
public final class PlanRefresh {

    /** A plan and the audit row it was read at. */
    public record Loaded(Plan plan, long auditHead) {}

    static final int MOST_ACTIONS = 200;
    private static final Set<String> CHILDREN = Set.of("progress_update", "evidence", "date_revision", "milestone");
    /** Tables the plan model never reads: their writes leave it as it is. */
    private static final Set<String> OUTSIDE_PLAN = Set.of("framework_tag", "attachment", "evidence_file", "board_question", "update_round",
            "round_form", "round_return", "board_pack_cover");

    private PlanRefresh() {}

    /** The whole plan, and the head it was read at, in one consistent read. */
    public static Loaded load(Connection c) {
        return new Loaded(PlanLoader.load(c), head(c));
    }

    /** The plan as of now, built from {@code old} and the actions written since; empty when only a whole load will do. */
    public static Optional<Loaded> refresh(Connection c, Loaded old) {
        long head = head(c);
        if (head == old.auditHead()) return Optional.of(old);
        if (head < old.auditHead()) return Optional.empty(); // the log was rolled back underneath us: trust nothing
        List<Touch> touched = Sql.query(c, "SELECT entity, entity_id FROM audit_log WHERE id > ? AND id <= ?",
                rs -> new Touch(rs.getString(1), Sql.nullableLong(rs, "entity_id")), old.auditHead(), head);
        Set<Long> actions = new HashSet<>();
        for (Touch t : touched) {
            if (OUTSIDE_PLAN.contains(t.entity())) continue;
            if (t.id() == null) return Optional.empty();
            if ("action".equals(t.entity())) {
                actions.add(t.id());
            } else if (CHILDREN.contains(t.entity())) {
                Optional<Long> owner = ownerOf(c, old.plan(), t);
                if (owner.isEmpty()) return Optional.empty();
                actions.add(owner.get());
            } else {
                return Optional.empty();
            }
            if (actions.size() > MOST_ACTIONS) return Optional.empty();
        }
        if (actions.isEmpty()) return Optional.of(new Loaded(old.plan(), head));
        return Optional.of(new Loaded(old.plan().withActions(PlanLoader.actionRows(c, actions)), head));
    }

    /** The action a child row belongs to: as stored now, or, when the row has gone, as the old plan had it. */
    private static Optional<Long> ownerOf(Connection c, Plan plan, Touch t) {
        List<Long> now = Sql.query(c, "SELECT action_id FROM " + t.entity() + " WHERE id = ?", rs -> rs.getLong(1), t.id());
        if (!now.isEmpty()) return Optional.of(now.get(0)); // no write moves a child row to another action
        return plan.actions().stream().map(a -> a.id()).filter(id -> ownsIn(plan, id, t)).findFirst();
    }

    private static boolean ownsIn(Plan plan, long actionId, Touch t) {
        return switch (t.entity()) {
            case "progress_update" -> plan.updatesOf(actionId).stream().anyMatch(u -> u.id() == t.id());
            case "evidence" -> plan.evidenceOf(actionId).stream().anyMatch(e -> e.id() == t.id());
            case "date_revision" -> plan.revisionsOf(actionId).stream().anyMatch(r -> r.id() == t.id());
            default -> plan.milestonesOf(actionId).stream().anyMatch(m -> m.id() == t.id());
        };
    }

    private static long head(Connection c) {
        return Sql.query(c, "SELECT COALESCE(MAX(id), 0) FROM audit_log", rs -> rs.getLong(1)).get(0);
    }

    private record Touch(String entity, Long id) {}
}
