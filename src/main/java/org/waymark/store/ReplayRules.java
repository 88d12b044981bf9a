package org.waymark.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import org.waymark.domain.BoardPackCover;
import org.waymark.domain.Organisation;
import org.waymark.domain.RatingEntry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * How one audit row changes the implied state. Tables written through a {@link RowWriter} need no rule here: the
 * writer's record type and columns say how to read a {@code created} row and where each changed field goes. The
 * few writes that are not one row per record (the organisation, settings, ratings, metric values, BAF links,
 * snapshots, cover sheets) have their rule below, mirroring the write in {@link PlanStore}.
 */
final class ReplayRules {

    /**
     * Columns (or "*" for a whole table) whose content the log does not carry, so the replay does not compare them.
     * Snapshot rows are derived from the plan at the time; the log records the snapshot itself.
     */
    static final Map<String, Set<String>> NOT_REPLAYED = Map.of(
            "audit_log", Set.of("*"),
            "audit_head", Set.of("*"),
            "snapshot_row", Set.of("*"),
            // Evidence bytes, stored once per content: the log holds each file's hash, and check compares every
            // stored file's bytes with its hash, so the bytes need no replay.
            "attachment", Set.of("*"));

    private static final List<Column<Organisation>> ORGANISATION = List.of(
            new Column<>("name", "name", Organisation::name),
            new Column<>("odsCode", "ods_code", o -> nz(o.odsCode())),
            new Column<>("improvementDirector", "improvement_director", o -> nz(o.improvementDirector())),
            new Column<>("buddyTrust", "buddy_trust", o -> nz(o.buddyTrust())));

    private static final List<Column<BoardPackCover>> COVER = List.of(
            new Column<>("agendaItem", "agenda_item", BoardPackCover::agendaItem),
            new Column<>("title", "title", BoardPackCover::title),
            new Column<>("author", "author", BoardPackCover::author),
            new Column<>("leadDirector", "lead_director", BoardPackCover::leadDirector),
            new Column<>("purpose", "purpose", BoardPackCover::purpose),
            new Column<>("assurance", "assurance", BoardPackCover::assurance),
            new Column<>("keyQuestions", "key_questions", c -> BoardPackCovers.questions(c.keyQuestions())),
            new Column<>("bafRisks", "baf_risks", BoardPackCover::bafRisks),
            new Column<>("previouslyConsideredBy", "previously_considered_by", BoardPackCover::previouslyConsideredBy),
            new Column<>("recommendation", "recommendation", BoardPackCover::recommendation),
            new Column<>("executiveSummary", "executive_summary", BoardPackCover::executiveSummary));

    private static final Map<Class<?>, ObjectReader> READERS = new ConcurrentHashMap<>();

    /**
     * The tables the rules below write for one entity: its writer's table, the organisation's and the other
     * hand-written rules' tables, and the tables the {@link #special} writes touch. Entities whose tables overlap
     * must be replayed together; {@link AuditReplay} replays one such group at a time and refuses a rule that
     * strays outside what is declared here.
     */
    static Set<String> tablesOf(String entity) {
        Set<String> t = new java.util.TreeSet<>();
        switch (entity) {
            case "organisation", "board_pack_cover", "setting", "snapshot" -> t.add(entity);
            default -> RowWriter.forEntity(entity).ifPresent(w -> t.add(w.table()));
        }
        switch (entity) {
            case "action" -> t.add("action_baf_risk");
            case "inspection" -> t.add("rating");
            case "metric" -> t.addAll(List.of("metric_recalculation", "metric_observation", "metric_trajectory"));
            case "evidence" -> t.add("evidence_file");
            default -> { /* no other table */ }
        }
        return t;
    }

    /** A row of the log as the replay needs it. */
    record Entry(long id, String entity, Long entityId, String field, String newValue) {}

    private final ReplayState state;
    private final Set<String> tables;
    private final Consumer<Difference> problems;
    /** Tables whose creation rows have carried the whole record so far in the log. */
    private final Set<String> whole = new java.util.HashSet<>();

    ReplayRules(ReplayState state, Set<String> tables, Consumer<Difference> problems) {
        this.state = state;
        this.tables = tables;
        this.problems = problems;
    }

    void apply(Entry e) {
        switch (e.entity()) {
            case "organisation" -> record(e, "organisation", "1", Organisation.class, ORGANISATION);
            case "board_pack_cover" -> record(e, "board_pack_cover", key(e), BoardPackCover.class, COVER);
            case "setting" -> state.create("setting", e.field()).values.put("value", e.newValue());
            case "snapshot" -> snapshot(e);
            default -> written(e);
        }
    }

    private void written(Entry e) {
        RowWriter<?> w = RowWriter.forEntity(e.entity()).orElse(null);
        if (w == null) {
            // An entity with no table of its own is an event (a restore, say): it implies no stored row.
            if (tables.contains(e.entity())) unreplayable(e, "no replay rule for this table");
            return;
        }
        String key = key(e);
        switch (e.field()) {
            case "created" -> created(e, key, w);
            case "deleted" -> state.remove(w.table(), key);
            default -> {
                if (special(e)) return;
                Column<?> c = w.columns().stream().filter(col -> col.field().equals(e.field())).findFirst().orElse(null);
                if (c == null) unreplayable(e, "no such field");
                else state.existing(w.table(), key).values.put(c.column(), e.newValue());
            }
        }
    }

    /** The writes that touch another table than the entity's own. */
    private boolean special(Entry e) {
        String f = e.field();
        if (e.entity().equals("action") && f.equals("bafRisk")) {
            state.create("action_baf_risk", ReplayState.key(e.entityId(), e.newValue()));
        } else if (e.entity().equals("inspection") && f.equals("ratings")) {
            ratings(e);
        } else if (e.entity().equals("metric") && f.startsWith("spc recalculation ")) {
            recalculation(e, f.substring("spc recalculation ".length()));
        } else if (e.entity().equals("evidence") && f.equals("file")) {
            evidenceFile(e);
        } else if (e.entity().equals("metric") && (f.startsWith("observation ") || f.startsWith("trajectory "))) {
            String table = f.startsWith("observation ") ? "metric_observation" : "metric_trajectory";
            state.create(table, ReplayState.key(e.entityId(), f.substring(f.indexOf(' ') + 1))).values.put("value", e.newValue());
        } else {
            return false;
        }
        return true;
    }

    /**
     * A recalculation is logged against its metric and month; its table row is keyed by an id the log does not
     * carry, so the row is matched on its natural key (metric, month) by {@link #naturalKeys}.
     */
    private void recalculation(Entry e, String period) {
        String k = ReplayState.key(e.entityId(), period);
        if (e.newValue() == null) {
            state.remove("metric_recalculation", k);
            return;
        }
        ReplayState.Row r = state.create("metric_recalculation", k);
        r.values.put("reason", e.newValue());
    }

    /** An evidence item's file: logged on the item as name, size, hash and, for a linked file, its path. */
    private void evidenceFile(Entry e) {
        String k = key(e);
        if (e.newValue() == null) {
            state.remove("evidence_file", k);
            return;
        }
        ReplayState.Row r = state.create("evidence_file", k);
        try {
            Map<String, Object> m = Json.mapper().readValue(e.newValue(), new TypeReference<Map<String, Object>>() {});
            r.values.put("name", ReplayState.canon(m.get("name")));
            r.values.put("size", ReplayState.canon(m.get("size")));
            r.values.put("sha256", ReplayState.canon(m.get("sha256")));
            r.values.put("linked_path", ReplayState.canon(m.get("path")));
        } catch (Exception ex) {
            r.allKnown = false;
            unreplayable(e, "the logged file cannot be read");
        }
    }

    /** Tables whose rows the log names by a natural key rather than their own id: the columns that make the key. */
    static final Map<String, List<String>> NATURAL_KEYS = Map.of("metric_recalculation", List.of("metric_id", "from_period"));

    private void ratings(Entry e) {
        List<RatingEntry> list;
        try {
            list = Json.mapper().readValue(e.newValue(), new TypeReference<List<RatingEntry>>() {});
        } catch (Exception ex) {
            unreplayable(e, "the ratings cannot be read");
            return;
        }
        for (RatingEntry r : list) {
            String k = ReplayState.key(e.entityId(), r.keyQuestion(), r.coreServiceId(), r.rating());
            ReplayState.Row existing = state.table("rating").get(k);
            if (existing != null) existing.count++;
            else state.create("rating", k);
        }
    }

    /** A snapshot's own row: its label and time are in the table; its action rows are derived (see NOT_REPLAYED). */
    private void snapshot(Entry e) {
        if (!e.field().equals("created")) {
            unreplayable(e, "no such field");
            return;
        }
        ReplayState.Row r = state.create("snapshot", key(e));
        try {
            Map<String, Object> m = e.newValue() != null && e.newValue().startsWith("{")
                    ? Json.mapper().readValue(e.newValue(), new TypeReference<Map<String, Object>>() {}) : null;
            if (m == null) {
                r.allKnown = false;
                return;
            }
            r.values.put("board_meeting_id", ReplayState.canon(m.get("boardMeetingId")));
            r.values.put("label", ReplayState.canon(m.get("label")));
            r.values.put("taken_at", ReplayState.canon(m.get("takenAt")));
        } catch (Exception ex) {
            r.allKnown = false;
            unreplayable(e, "the logged snapshot cannot be read");
        }
    }

    /**
     * A whole record logged as JSON: its columns are the getters' values. Creation rows written before records were
     * logged whole (a label or a name) prove only that the row exists.
     */
    private <R> void record(Entry e, String table, String key, Class<R> type, List<Column<R>> columns) {
        if (e.field().equals("deleted")) {
            state.remove(table, key);
            return;
        }
        String json = e.newValue();
        ReplayState.Row row = state.create(table, key);
        if (json == null || !json.startsWith("{")) {
            row.allKnown = false;
            // Waymark never went back to labels: after a whole record, a label is a row rewritten to hide its fields.
            if (whole.contains(table)) unreplayable(e, "a creation row that does not carry the whole record, after this table's creation rows began to");
            return;
        }
        whole.add(table);
        R record;
        try {
            record = type.cast(READERS.computeIfAbsent(type, t -> Json.mapper().readerFor(t)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).readValue(json));
        } catch (Exception ex) {
            row.allKnown = false;
            unreplayable(e, "the logged record cannot be read (" + ex.getClass().getSimpleName() + ")");
            return;
        }
        for (Column<R> c : columns) row.values.put(c.column(), ReplayState.canon(c.valueOf(record)));
    }

    private void unreplayable(Entry e, String why) {
        problems.accept(new Difference(e.entity(), key(e), "(audit row " + e.id() + ")", e.newValue(),
                "audit row " + e.id() + " (" + e.field() + ") cannot be replayed: " + why));
    }

    private static String key(Entry e) { return ReplayState.key(e.entityId()); }

    private <R> void created(Entry e, String key, RowWriter<R> w) { record(e, w.table(), key, w.type(), w.columns()); }

    private static String nz(String s) { return s == null ? "" : s; }
}
