package org.waymark.store;

import org.waymark.domain.*;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The writes the app layer can make, each inside a {@link Tx} and each audited: a created row is recorded with
 * its content, a changed row field by field.
 */
public final class PlanStore {

    private PlanStore() {}

    public static void saveOrganisation(Tx tx, Organisation before, Organisation after, String why) {
        if (before == null) {
            Sql.update(tx.connection(), "INSERT INTO organisation (id, name, ods_code, improvement_director, buddy_trust) VALUES (1,?,?,?,?)",
                    after.name(), nz(after.odsCode()), nz(after.improvementDirector()), nz(after.buddyTrust()));
            tx.audit("organisation", 1L, "created", null, Json.of(after), why);
            return;
        }
        Sql.update(tx.connection(), "UPDATE organisation SET name=?, ods_code=?, improvement_director=?, buddy_trust=? WHERE id = 1",
                after.name(), nz(after.odsCode()), nz(after.improvementDirector()), nz(after.buddyTrust()));
        tx.audit("organisation", 1L, "details", Json.of(before), Json.of(after), why);
    }

    /** One dated step of the regime history: history is only ever added to, so an entry is never changed. */
    public static long insertRegimeEntry(Tx tx, RegimeEntry e, String why) { return Tables.REGIME_HISTORY.insert(tx, e, why); }

    public static void deleteRegimeEntry(Tx tx, RegimeEntry e, String why) { Tables.REGIME_HISTORY.delete(tx, e.id(), Json.of(e), why); }

    /** The CQC framework the plan's findings and actions are tagged against (a framework data file's id). */
    public static void saveFramework(Tx tx, String before, String after, String why) {
        Sql.update(tx.connection(), "INSERT INTO setting (key, value) VALUES ('framework', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", after);
        tx.audit("setting", null, "framework", before, after, why);
    }

    public static void saveBragKey(Tx tx, BragKey before, BragKey after, String why) {
        Sql.update(tx.connection(), "INSERT INTO setting (key, value) VALUES ('brag_key', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", Json.of(after));
        tx.audit("setting", null, "brag_key", before == null ? null : Json.of(before), Json.of(after), why);
    }

    public static long insertAction(Tx tx, Action a, String why) { return Tables.ACTION.insert(tx, a, why); }
    public static int updateAction(Tx tx, Action before, Action after, String why) { return Tables.ACTION.update(tx, before.id(), before, after, why); }

    /** Reads one action inside the transaction, so a change is computed from what is really stored. */
    public static Action action(Tx tx, long id) {
        List<Action> found = tx.query("SELECT * FROM action WHERE id = ?", PlanLoader::action, id);
        if (found.isEmpty()) throw new StoreException(StoreException.Reason.INVALID, "Action " + id + " no longer exists. Reload the plan.");
        return found.get(0);
    }

    /** The newest audit row about one record: who changed it last, and when. */
    public static Optional<AuditRow> lastChange(Tx tx, String entity, long id) {
        return Sql.query(tx.connection(), "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1", AuditLog::row, entity, id)
                .stream().findFirst();
    }

    public static boolean actionRefTaken(Tx tx, String ref) {
        return !Sql.query(tx.connection(), "SELECT 1 FROM action WHERE ref = ?", rs -> 1, ref).isEmpty();
    }

    public static void deleteAction(Tx tx, Action a, String why) {
        for (FrameworkTag t : tagsOf(tx, "action_id", a.id())) deleteTag(tx, t, why);
        Tables.ACTION.delete(tx, a.id(), Json.of(a), why);
    }
    public static void deleteSource(Tx tx, RegulatorySource s, String why) { Tables.SOURCE.delete(tx, s.id(), Json.of(s), why); }
    public static void deleteRequirement(Tx tx, Requirement r, String why) {
        for (FrameworkTag t : tagsOf(tx, "requirement_id", r.id())) deleteTag(tx, t, why);
        Tables.REQUIREMENT.delete(tx, r.id(), Json.of(r), why);
    }

    public static long insertTag(Tx tx, FrameworkTag t, String why) { return Tables.FRAMEWORK_TAG.insert(tx, t, why); }
    public static void updateTag(Tx tx, FrameworkTag before, FrameworkTag after, String why) { Tables.FRAMEWORK_TAG.update(tx, before.id(), before, after, why); }
    public static void deleteTag(Tx tx, FrameworkTag t, String why) { Tables.FRAMEWORK_TAG.delete(tx, t.id(), Json.of(t), why); }

    /** Every tag, read inside the transaction, so a change is computed from what is really stored. */
    public static List<FrameworkTag> tags(Tx tx) { return PlanLoader.tags(tx.connection()); }

    /** The stored tag on the same finding or action, framework and code as {@code t} (the unique key), whatever its id. */
    public static java.util.Optional<FrameworkTag> sameTag(Tx tx, FrameworkTag t) {
        List<FrameworkTag> owned = t.actionId() != null ? tagsOf(tx, "action_id", t.actionId()) : tagsOf(tx, "requirement_id", t.requirementId());
        return owned.stream().filter(x -> java.util.Objects.equals(x.requirementId(), t.requirementId()) && java.util.Objects.equals(x.actionId(), t.actionId())
                && x.framework().equals(t.framework()) && x.code().equals(t.code())).findFirst();
    }

    private static List<FrameworkTag> tagsOf(Tx tx, String column, long id) {
        return Sql.query(tx.connection(), "SELECT * FROM framework_tag WHERE " + column + " = ?", PlanLoader::tag, id);
    }
    public static void deletePerson(Tx tx, Person p, String why) { Tables.PERSON.delete(tx, p.id(), Json.of(p), why); }
    public static void deleteCommittee(Tx tx, Committee c, String why) { Tables.COMMITTEE.delete(tx, c.id(), Json.of(c), why); }
    public static void deleteTheme(Tx tx, Theme t, String why) { Tables.THEME.delete(tx, t.id(), Json.of(t), why); }
    public static long insertSource(Tx tx, RegulatorySource s, String why) { return Tables.SOURCE.insert(tx, s, why); }
    public static void updateSource(Tx tx, RegulatorySource b, RegulatorySource a, String why) { Tables.SOURCE.update(tx, b.id(), b, a, why); }
    public static long insertRequirement(Tx tx, Requirement r, String why) { return Tables.REQUIREMENT.insert(tx, r, why); }
    public static void updateRequirement(Tx tx, Requirement b, Requirement a, String why) { Tables.REQUIREMENT.update(tx, b.id(), b, a, why); }
    public static long insertPerson(Tx tx, Person p, String why) { return Tables.PERSON.insert(tx, p, why); }
    public static void updatePerson(Tx tx, Person b, Person a, String why) { Tables.PERSON.update(tx, b.id(), b, a, why); }
    public static long insertCommittee(Tx tx, Committee c, String why) { return Tables.COMMITTEE.insert(tx, c, why); }
    public static void updateCommittee(Tx tx, Committee b, Committee a, String why) { Tables.COMMITTEE.update(tx, b.id(), b, a, why); }
    public static long insertTheme(Tx tx, Theme t, String why) { return Tables.THEME.insert(tx, t, why); }
    public static void updateTheme(Tx tx, Theme b, Theme a, String why) { Tables.THEME.update(tx, b.id(), b, a, why); }
    public static long insertCoreService(Tx tx, CoreService s, String why) { return Tables.CORE_SERVICE.insert(tx, s, why); }
    public static void deleteCoreService(Tx tx, CoreService s, String why) { Tables.CORE_SERVICE.delete(tx, s.id(), Json.of(s), why); }
    public static long insertBafRisk(Tx tx, BafRisk r, String why) { return Tables.BAF_RISK.insert(tx, r, why); }
    public static long insertRevision(Tx tx, DateRevision r, String why) { return Tables.DATE_REVISION.insert(tx, r, why); }
    public static void updateRevision(Tx tx, DateRevision b, DateRevision a, String why) { Tables.DATE_REVISION.update(tx, b.id(), b, a, why); }
    public static void deleteRevision(Tx tx, DateRevision r, String why) { Tables.DATE_REVISION.delete(tx, r.id(), Json.of(r), why); }

    /** Reads one date revision inside the transaction, so an approval is decided on what is really stored. */
    public static java.util.Optional<DateRevision> revision(Tx tx, long id) {
        return Sql.query(tx.connection(), "SELECT * FROM date_revision WHERE id = ?", PlanLoader::revision, id).stream().findFirst();
    }

    /** An action's date revisions as stored now, oldest first: on a shared plan, others' requests too. */
    public static List<DateRevision> revisions(java.sql.Connection c, long actionId) {
        return Sql.query(c, "SELECT * FROM date_revision WHERE action_id = ? ORDER BY id", PlanLoader::revision, actionId);
    }

    /** A plain key/value plan setting; absent is null. */
    public static String setting(java.sql.Connection c, String key) {
        return Sql.query(c, "SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), key).stream().findFirst().orElse(null);
    }

    public static void saveSetting(Tx tx, String key, String before, String after, String why) {
        Sql.update(tx.connection(), "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, after);
        tx.audit("setting", null, key, before, after, why);
    }
    public static long insertMilestone(Tx tx, Milestone m, String why) { return Tables.MILESTONE.insert(tx, m, why); }
    public static void updateMilestone(Tx tx, Milestone b, Milestone a, String why) { Tables.MILESTONE.update(tx, b.id(), b, a, why); }
    public static long insertEvidence(Tx tx, EvidenceItem e, String why) { return Tables.EVIDENCE.insert(tx, e, why); }
    public static void updateEvidence(Tx tx, EvidenceItem b, EvidenceItem a, String why) { Tables.EVIDENCE.update(tx, b.id(), b, a, why); }
    public static void deleteEvidence(Tx tx, EvidenceItem e, String why) { Tables.EVIDENCE.delete(tx, e.id(), Json.of(e), why); }
    public static long insertUpdate(Tx tx, ProgressUpdate u, String why) { return Tables.UPDATE.insert(tx, u, why); }
    public static void deleteUpdate(Tx tx, ProgressUpdate u, String why) { Tables.UPDATE.delete(tx, u.id(), Json.of(u), why); }
    public static long insertMetric(Tx tx, Metric m, String why) { return Tables.METRIC.insert(tx, m, why); }
    public static long insertMetricDefinition(Tx tx, MetricDefinition d, String why) { return Tables.METRIC_DEFINITION.insert(tx, d, why); }
    public static long insertExitCriterion(Tx tx, ExitCriterion e, String why) { return Tables.EXIT_CRITERION.insert(tx, e, why); }
    public static void updateExitCriterion(Tx tx, ExitCriterion b, ExitCriterion a, String why) { Tables.EXIT_CRITERION.update(tx, b.id(), b, a, why); }
    public static long insertBoardMeeting(Tx tx, BoardMeeting m, String why) { return Tables.BOARD_MEETING.insert(tx, m, why); }

    public static long insertInspection(Tx tx, Inspection i, String why) {
        long id = Tables.INSPECTION.insert(tx, i, why);
        for (RatingEntry r : i.ratings()) {
            Sql.update(tx.connection(), "INSERT INTO rating (inspection_id, key_question, core_service_id, rating) VALUES (?,?,?,?)",
                    id, r.keyQuestion(), r.coreServiceId(), r.rating());
        }
        tx.audit("inspection", id, "ratings", null, Json.of(i.ratings()), why);
        return id;
    }

    public static void linkBafRisk(Tx tx, long actionId, long bafRiskId, String why) {
        Sql.update(tx.connection(), "INSERT INTO action_baf_risk (action_id, baf_risk_id) VALUES (?, ?)", actionId, bafRiskId);
        tx.audit("action", actionId, "bafRisk", null, Long.toString(bafRiskId), why);
    }

    /** Sets (or replaces) one month's value; the audit keeps the old value. */
    public static void putObservation(Tx tx, long metricId, MetricPoint p, Double old, String why) {
        Sql.update(tx.connection(), "INSERT INTO metric_observation (metric_id, period, value) VALUES (?,?,?) ON CONFLICT(metric_id, period) DO UPDATE SET value = excluded.value",
                metricId, p.period(), p.value());
        tx.audit("metric", metricId, "observation " + p.period(), old == null ? null : old.toString(), Double.toString(p.value()), why);
    }

    public static void putTrajectory(Tx tx, long metricId, MetricPoint p, String why) {
        Sql.update(tx.connection(), "INSERT INTO metric_trajectory (metric_id, period, value) VALUES (?,?,?) ON CONFLICT(metric_id, period) DO UPDATE SET value = excluded.value",
                metricId, p.period(), p.value());
        tx.audit("metric", metricId, "trajectory " + p.period(), null, Double.toString(p.value()), why);
    }

    public static Double observation(Tx tx, long metricId, YearMonth period) {
        List<Double> v = Sql.query(tx.connection(), "SELECT value FROM metric_observation WHERE metric_id = ? AND period = ?", rs -> rs.getDouble(1), metricId, period);
        return v.isEmpty() ? null : v.get(0);
    }

    /** Freezes the given rows as a snapshot; audited as one row, since the rows themselves are derived. */
    public static long insertSnapshot(Tx tx, long boardMeetingId, String label, java.time.Instant takenAt, List<SnapshotRow> rows, String why) {
        long id = Sql.insert(tx.connection(), "INSERT INTO snapshot (board_meeting_id, label, taken_at) VALUES (?,?,?)", boardMeetingId, label, takenAt.toString());
        try (var ps = tx.connection().prepareStatement("INSERT INTO snapshot_row (snapshot_id, action_id, ref, title, status, brag, current_due, progress, revisions) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (SnapshotRow r : rows) {
                Sql.bind(ps, id, r.actionId(), r.ref(), r.title(), r.status(), r.brag(), r.currentDue(), r.progress(), r.revisions());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (java.sql.SQLException e) {
            throw Sql.failure("snapshot", e);
        }
        // Logged as a record, so the audit replay can prove the snapshot row; its action rows are derived from the plan.
        java.util.Map<String, Object> logged = new java.util.LinkedHashMap<>();
        logged.put("boardMeetingId", boardMeetingId);
        logged.put("label", label);
        logged.put("takenAt", takenAt.toString());
        logged.put("actions", rows.size());
        // The chain head as the snapshot found it: a chain recomputed later without rewriting this row is caught here.
        ChainAnchor.committedHead(tx.connection()).ifPresent(h -> {
            logged.put("chainRow", h.row());
            logged.put("chainHash", h.hash());
        });
        tx.audit("snapshot", id, "created", null, Json.of(logged), why);
        return id;
    }

    /** Takes one month's value out again (the undo of a first recording); the audit keeps the value. */
    public static void removeObservation(Tx tx, long metricId, YearMonth period, double old, String why) {
        Sql.update(tx.connection(), "DELETE FROM metric_observation WHERE metric_id = ? AND period = ?", metricId, period);
        tx.audit("metric", metricId, "observation " + period, Double.toString(old), null, why);
    }

    /** Removes a snapshot and its rows (the undo of taking it); audited as one row, like the taking. */
    public static void deleteSnapshot(Tx tx, long snapshotId, String why) {
        List<String> label = Sql.query(tx.connection(), "SELECT label FROM snapshot WHERE id = ?", rs -> rs.getString(1), snapshotId);
        if (label.isEmpty()) return;
        Sql.update(tx.connection(), "DELETE FROM snapshot_row WHERE snapshot_id = ?", snapshotId);
        Sql.update(tx.connection(), "DELETE FROM snapshot WHERE id = ?", snapshotId);
        tx.audit("snapshot", snapshotId, "deleted", label.get(0), null, why);
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
