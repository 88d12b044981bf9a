package org.waymark.store;

import org.waymark.domain.*;

import org.waymark.domain.spc.Recalculation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a whole plan file into a {@link Plan}. */
public final class PlanLoader {

    private PlanLoader() {}

    // One order per table for the whole load and for re-reading some actions, so both give the same lists.
    private static final String ACTION_ORDER = "ORDER BY id";
    private static final String REVISION_ORDER = "ORDER BY id";
    private static final String MILESTONE_ORDER = "ORDER BY due, id";
    private static final String EVIDENCE_ORDER = "ORDER BY id";
    private static final String UPDATE_ORDER = "ORDER BY posted_on DESC, id DESC";

    /** The rows of just these actions (and their child rows), in the same order as {@link #load}. */
    static Plan.ActionRows actionRows(Connection c, java.util.Set<Long> ids) {
        String in = "(" + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        Object[] args = ids.toArray();
        return new Plan.ActionRows(java.util.Set.copyOf(ids),
                Sql.query(c, "SELECT * FROM action WHERE id IN " + in + " " + ACTION_ORDER, PlanLoader::action, args),
                Sql.query(c, "SELECT * FROM date_revision WHERE action_id IN " + in + " " + REVISION_ORDER, PlanLoader::revision, args),
                Sql.query(c, "SELECT * FROM milestone WHERE action_id IN " + in + " " + MILESTONE_ORDER, PlanLoader::milestone, args),
                Sql.query(c, "SELECT * FROM evidence WHERE action_id IN " + in + " " + EVIDENCE_ORDER, PlanLoader::evidence, args),
                Sql.query(c, "SELECT * FROM progress_update WHERE action_id IN " + in + " " + UPDATE_ORDER, PlanLoader::update, args));
    }

    public static Plan load(Connection c) {
        Organisation org = Sql.query(c, "SELECT * FROM organisation WHERE id = 1", rs -> new Organisation(rs.getString("name"),
                rs.getString("ods_code"), rs.getString("improvement_director"), rs.getString("buddy_trust"))).stream().findFirst()
                .orElseThrow(() -> new StoreException(StoreException.Reason.CORRUPT, "The plan file has no organisation record. Restore a backup."));
        List<CoreService> services = Sql.query(c, "SELECT * FROM core_service ORDER BY sort, id",
                rs -> new CoreService(rs.getLong("id"), rs.getString("code"), rs.getString("name")));
        List<Person> people = people(c);
        List<Committee> committees = Sql.query(c, "SELECT * FROM committee ORDER BY name", rs -> new Committee(rs.getLong("id"), rs.getString("name")));
        List<Theme> themes = Sql.query(c, "SELECT * FROM theme ORDER BY id", rs -> new Theme(rs.getLong("id"), rs.getString("name"), rs.getString("description")));
        List<BafRisk> baf = Sql.query(c, "SELECT * FROM baf_risk ORDER BY ref", rs -> new BafRisk(rs.getLong("id"), rs.getString("ref"), rs.getString("title")));
        List<RegulatorySource> sources = Sql.query(c, "SELECT * FROM source ORDER BY issued, id", rs -> new RegulatorySource(rs.getLong("id"),
                SourceKind.valueOf(rs.getString("kind")), rs.getString("reference"), rs.getString("title"), Sql.date(rs, "issued"), rs.getString("regulations")));
        List<Requirement> requirements = Sql.query(c, "SELECT * FROM requirement ORDER BY id", PlanLoader::requirement);
        List<Action> actions = Sql.query(c, "SELECT * FROM action " + ACTION_ORDER, PlanLoader::action);
        List<DateRevision> revisions = Sql.query(c, "SELECT * FROM date_revision " + REVISION_ORDER, PlanLoader::revision);
        List<Milestone> milestones = Sql.query(c, "SELECT * FROM milestone " + MILESTONE_ORDER, PlanLoader::milestone);
        List<EvidenceItem> evidence = Sql.query(c, "SELECT * FROM evidence " + EVIDENCE_ORDER, PlanLoader::evidence);
        List<ProgressUpdate> updates = Sql.query(c, "SELECT * FROM progress_update " + UPDATE_ORDER, PlanLoader::update);
        Map<Long, List<Long>> links = new HashMap<>();
        Sql.query(c, "SELECT action_id, baf_risk_id FROM action_baf_risk", rs -> links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        RegimeHistory regimes = new RegimeHistory(Sql.query(c, "SELECT * FROM regime_history", PlanLoader::regimeEntry));
        return new Plan(org, regimes, bragKey(c), services, people, committees, themes, baf, inspections(c), sources, requirements, actions,
                revisions, milestones, evidence, updates, links, metrics(c), exitCriteria(c), meetings(c), snapshots(c));
    }

    private static Requirement requirement(ResultSet rs) throws SQLException {
        String kq = rs.getString("key_question");
        return new Requirement(rs.getLong("id"), rs.getLong("source_id"), rs.getString("ref"), Priority.valueOf(rs.getString("priority")),
                rs.getString("text"), Sql.nullableInt(rs, "regulation"), kq == null ? null : KeyQuestion.valueOf(kq),
                Sql.nullableLong(rs, "core_service_id"), Sql.date(rs, "deadline"));
    }

    static RegimeEntry regimeEntry(ResultSet rs) throws SQLException {
        return new RegimeEntry(rs.getLong("id"), Sql.date(rs, "effective_on"), RegimeEvent.valueOf(rs.getString("event")),
                rs.getString("regime"), rs.getString("segment"), rs.getString("note"));
    }

    /** Every framework tag on the plan's findings and actions. */
    public static List<FrameworkTag> tags(Connection c) {
        return Sql.query(c, "SELECT * FROM framework_tag ORDER BY id", PlanLoader::tag);
    }

    static FrameworkTag tag(ResultSet rs) throws SQLException {
        return new FrameworkTag(rs.getLong("id"), Sql.nullableLong(rs, "requirement_id"), Sql.nullableLong(rs, "action_id"),
                rs.getString("framework"), rs.getString("code"), rs.getInt("needs_review") == 1);
    }

    /** The plan's people as stored now, by name: for a check that must not trust an older loaded plan. */
    public static List<Person> people(Connection c) {
        return Sql.query(c, "SELECT * FROM person ORDER BY name", rs -> new Person(rs.getLong("id"), rs.getString("name"),
                rs.getString("job_title"), rs.getString("directorate"), rs.getString("contact"), rs.getString("email"),
                rs.getInt("may_verify") == 1, rs.getInt("may_sign_off") == 1, rs.getInt("may_approve") == 1));
    }

    /** The plan's framework setting, or empty when the plan has never chosen one. */
    public static java.util.Optional<String> framework(Connection c) {
        return Sql.query(c, "SELECT value FROM setting WHERE key = 'framework'", rs -> rs.getString(1)).stream().findFirst();
    }

    static Action action(ResultSet rs) throws SQLException {
        String o = rs.getString("brag_override");
        BragOverride override = o == null ? null : new BragOverride(Brag.valueOf(o), rs.getString("brag_override_reason"));
        String signer = rs.getString("signed_off_by");
        SignOff signOff = signer == null ? null : new SignOff(signer, Sql.nullableLong(rs, "signed_off_committee_id"), Sql.date(rs, "signed_off_on"));
        return new Action(rs.getLong("id"), rs.getString("ref"), rs.getString("title"), rs.getString("description"),
                Sql.nullableLong(rs, "requirement_id"), Sql.nullableLong(rs, "theme_id"), Sql.nullableLong(rs, "executive_lead_id"),
                Sql.nullableLong(rs, "operational_lead_id"), Sql.nullableLong(rs, "committee_id"), Sql.date(rs, "start_date"),
                Sql.date(rs, "original_due"), Sql.date(rs, "current_due"), ActionStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"), override, signOff);
    }

    static DateRevision revision(ResultSet rs) throws SQLException {
        return new DateRevision(rs.getLong("id"), rs.getLong("action_id"), Sql.date(rs, "old_due"), Sql.date(rs, "new_due"), rs.getString("reason"),
                rs.getString("interim_control"), rs.getString("approved_by"), Sql.date(rs, "approved_on"));
    }

    static Milestone milestone(ResultSet rs) throws SQLException {
        return new Milestone(rs.getLong("id"), rs.getLong("action_id"), rs.getString("title"), Sql.date(rs, "due"), Sql.date(rs, "completed_on"));
    }

    static EvidenceItem evidence(ResultSet rs) throws SQLException {
        return new EvidenceItem(rs.getLong("id"), rs.getLong("action_id"), rs.getString("kind"), rs.getString("reference"), rs.getString("description"),
                Sql.date(rs, "added_on"), rs.getString("verified_by"), Sql.date(rs, "verified_on"), Sql.date(rs, "review_date"));
    }

    static ProgressUpdate update(ResultSet rs) throws SQLException {
        return new ProgressUpdate(rs.getLong("id"), rs.getLong("action_id"), Sql.date(rs, "posted_on"), rs.getString("author"), rs.getString("text"),
                Sql.nullableInt(rs, "progress"));
    }

    private static BragKey bragKey(Connection c) {
        List<String> json = Sql.query(c, "SELECT value FROM setting WHERE key = 'brag_key'", rs -> rs.getString(1));
        if (json.isEmpty()) return BragKey.standard();
        try {
            return Json.mapper().readValue(json.get(0), BragKey.class);
        } catch (Exception e) {
            throw new StoreException(StoreException.Reason.CORRUPT, "The BRAG key setting cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Inspection> inspections(Connection c) {
        Map<Long, List<RatingEntry>> ratings = new HashMap<>();
        Sql.query(c, "SELECT * FROM rating", rs -> {
            String kq = rs.getString("key_question");
            return ratings.computeIfAbsent(rs.getLong("inspection_id"), k -> new ArrayList<>()).add(new RatingEntry(
                    kq == null ? null : KeyQuestion.valueOf(kq), Sql.nullableLong(rs, "core_service_id"), Rating.valueOf(rs.getString("rating"))));
        });
        return Sql.query(c, "SELECT * FROM inspection ORDER BY visit_start, id", rs -> new Inspection(rs.getLong("id"), rs.getString("label"),
                Sql.date(rs, "visit_start"), Sql.date(rs, "visit_end"), Sql.date(rs, "published"), ratings.getOrDefault(rs.getLong("id"), List.of())));
    }

    private static List<Metric> metrics(Connection c) {
        Map<Long, List<MetricDefinition>> defs = new HashMap<>();
        Sql.query(c, "SELECT * FROM metric_definition", rs -> defs.computeIfAbsent(rs.getLong("metric_id"), k -> new ArrayList<>()).add(
                new MetricDefinition(rs.getLong("id"), rs.getLong("metric_id"), YearMonth.parse(rs.getString("effective_from")),
                        rs.getString("label"), rs.getString("unit"), rs.getString("direction") == null ? null : Direction.valueOf(rs.getString("direction")),
                        rs.getDouble("target"), rs.getString("description"))));
        Map<Long, List<MetricPoint>> obs = points(c, "metric_observation");
        Map<Long, List<MetricPoint>> traj = points(c, "metric_trajectory");
        Map<Long, List<Recalculation>> recalculations = SpcStore.recalculations(c);
        return Sql.query(c, "SELECT * FROM metric ORDER BY id", rs -> new Metric(rs.getLong("id"), rs.getString("name"), rs.getString("unit"),
                Direction.valueOf(rs.getString("direction")), defs.getOrDefault(rs.getLong("id"), List.of()),
                obs.getOrDefault(rs.getLong("id"), List.of()), traj.getOrDefault(rs.getLong("id"), List.of()),
                recalculations.getOrDefault(rs.getLong("id"), List.of())));
    }

    private static Map<Long, List<MetricPoint>> points(Connection c, String table) {
        Map<Long, List<MetricPoint>> m = new HashMap<>();
        Sql.query(c, "SELECT metric_id, period, value FROM " + table, rs -> m.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new MetricPoint(YearMonth.parse(rs.getString(2)), rs.getDouble(3))));
        return m;
    }

    private static List<ExitCriterion> exitCriteria(Connection c) {
        return Sql.query(c, "SELECT * FROM exit_criterion ORDER BY id", rs -> {
            Integer met = Sql.nullableInt(rs, "manual_met");
            return new ExitCriterion(rs.getLong("id"), rs.getString("title"), CriterionKind.valueOf(rs.getString("kind")),
                    Sql.nullableLong(rs, "metric_id"), rs.getInt("months"), met == null ? null : met == 1, rs.getString("evidence"),
                    rs.getString("assessed_by"), Sql.date(rs, "assessed_on"));
        });
    }

    private static List<BoardMeeting> meetings(Connection c) {
        return Sql.query(c, "SELECT * FROM board_meeting ORDER BY meeting_date", rs -> new BoardMeeting(rs.getLong("id"), rs.getString("name"), Sql.date(rs, "meeting_date")));
    }

    private static List<Snapshot> snapshots(Connection c) {
        Map<Long, List<SnapshotRow>> rows = new HashMap<>();
        Sql.query(c, "SELECT * FROM snapshot_row ORDER BY snapshot_id, ref", rs -> rows.computeIfAbsent(rs.getLong("snapshot_id"), k -> new ArrayList<>()).add(
                new SnapshotRow(rs.getLong("action_id"), rs.getString("ref"), rs.getString("title"), ActionStatus.valueOf(rs.getString("status")),
                        Brag.valueOf(rs.getString("brag")), Sql.date(rs, "current_due"), rs.getInt("progress"), rs.getInt("revisions"))));
        return Sql.query(c, "SELECT * FROM snapshot ORDER BY taken_at", rs -> new Snapshot(rs.getLong("id"), rs.getLong("board_meeting_id"),
                rs.getString("label"), Instant.parse(rs.getString("taken_at")), rows.getOrDefault(rs.getLong("id"), List.of())));
    }
}
