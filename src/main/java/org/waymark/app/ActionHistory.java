package org.waymark.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.Plan;
import org.waymark.store.ActionAudit;
import org.waymark.store.AuditRow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An action's history as people read it: every audited change to the action, its evidence, revisions, updates and
 * milestones, newest first, with labels instead of field and enum names, names instead of ids and dd/MM/yyyy dates.
 */
public final class ActionHistory {

    /** One change: when (dd/MM/yyyy HH:mm), who, what changed, from what to what, and why. */
    public record Line(long id, String when, String who, String what, String change, String why) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, String> ENTITIES = Map.of("action", "Action", "evidence", "Evidence",
            "date_revision", "Due date revision", "progress_update", "Progress update", "milestone", "Milestone");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("ref", "Reference"), Map.entry("title", "Title"), Map.entry("description", "Description"),
            Map.entry("requirement", "Requirement"), Map.entry("theme", "Theme"), Map.entry("executiveLead", "Executive lead"),
            Map.entry("operationalLead", "Operational lead"), Map.entry("committee", "Assurance committee"), Map.entry("start", "Start"),
            Map.entry("originalDue", "Original due date"), Map.entry("currentDue", "Due date"), Map.entry("status", "Status"),
            Map.entry("progress", "Progress"), Map.entry("bragOverride", "BRAG set by hand"), Map.entry("bragOverrideReason", "Reason for the BRAG"),
            Map.entry("signedOffBy", "Signed off by"), Map.entry("signedOffCommittee", "Sign-off committee"), Map.entry("signedOffOn", "Signed off on"),
            Map.entry("bafRisk", "BAF risk"), Map.entry("kind", "Kind"), Map.entry("reference", "Reference"), Map.entry("verifiedBy", "Verified by"),
            Map.entry("verifiedOn", "Verified on"), Map.entry("reviewDate", "Review date"), Map.entry("added", "Added on"),
            Map.entry("oldDue", "From"), Map.entry("newDue", "To"), Map.entry("reason", "Reason"), Map.entry("interimControl", "Interim control"),
            Map.entry("approvedBy", "Approved by"), Map.entry("approvedOn", "Approved on"), Map.entry("due", "Due"),
            Map.entry("completedOn", "Completed on"), Map.entry("file", "File"), Map.entry("text", "Text"));

    private final PlanSession session;
    private final ZoneId zone;

    public ActionHistory(PlanSession session) { this(session, ZoneId.systemDefault()); }

    ActionHistory(PlanSession session, ZoneId zone) {
        this.session = session;
        this.zone = zone;
    }

    /** Newest first. Reads the file: call it off the FX thread. */
    public List<Line> of(long actionId) {
        Plan plan = session.plan();
        List<AuditRow> rows = session.read(c -> ActionAudit.rows(c, actionId));
        // who asked for each date revision, so that a request taken away by someone else reads as rejected
        Map<Long, String> askers = new java.util.HashMap<>();
        for (AuditRow r : rows) if ("date_revision".equals(r.entity()) && "created".equals(r.field())) askers.put(r.entityId(), r.who());
        return rows.stream()
                .sorted(Comparator.comparingLong(AuditRow::id).reversed())
                .map(r -> line(plan, r, askers)).toList();
    }

    private Line line(Plan plan, AuditRow r, Map<Long, String> askers) {
        String entity = ENTITIES.getOrDefault(r.entity(), r.entity());
        String what;
        String change;
        if ("created".equals(r.field()) || "deleted".equals(r.field())) {
            boolean created = "created".equals(r.field());
            what = entity + (created ? " added" : " removed");
            if ("action".equals(r.entity())) what = created ? "Action created" : "Action removed";
            if ("date_revision".equals(r.entity())) {
                what = revision(created, created ? r.newValue() : r.oldValue(), r.why(), r.who().equals(askers.get(r.entityId())));
            }
            change = summary(r.entity(), created ? r.newValue() : r.oldValue());
        } else {
            String field = FIELDS.getOrDefault(r.field(), r.field());
            what = "action".equals(r.entity()) ? field : entity + ": " + field.toLowerCase(java.util.Locale.UK);
            change = value(plan, r.field(), r.oldValue()) + " \u2192 " + value(plan, r.field(), r.newValue());
            if (r.oldValue() == null) change = value(plan, r.field(), r.newValue());
        }
        return new Line(r.id(), when(r.at()), r.who(), what, change, r.why() == null ? "" : r.why());
    }

    /**
     * A date revision added or removed, in the words of the approval workflow: one without an approver is a request,
     * and a request removed is rejected (its why is the rejecter's comment) unless it was the undo of asking, made by
     * the person who asked: a rejecter's comment that happens to begin "Undo: " still reads as a rejection.
     */
    private static String revision(boolean created, String json, String why, boolean byAsker) {
        JsonNode n = parse(json);
        boolean request = n != null && n.isObject() && !n.hasNonNull("approvedBy");
        if (!request) return created ? "Due date revision added" : "Due date revision removed";
        if (created) return "New due date asked for";
        return byAsker && why != null && why.startsWith("Undo: ") ? "Request for a new due date withdrawn" : "New due date rejected";
    }

    /** What a created or removed child was, from the JSON its audit row holds. */
    private static String summary(String entity, String json) {
        JsonNode n = parse(json);
        if (n == null || !n.isObject()) return json == null ? "" : json;
        Function<String, String> f = k -> n.hasNonNull(k) ? n.get(k).asText() : "";
        return switch (entity) {
            case "evidence" -> f.apply("kind") + ": " + f.apply("reference") + (f.apply("description").isBlank() ? "" : " (" + f.apply("description") + ")");
            case "date_revision" -> date(f.apply("oldDue")) + " \u2192 " + date(f.apply("newDue")) + ". " + f.apply("reason")
                    + (f.apply("approvedBy").isBlank() ? " (pending approval)" : " (approved by " + f.apply("approvedBy") + ")");
            case "progress_update" -> f.apply("text") + (f.apply("progress").isBlank() ? "" : " (" + f.apply("progress") + "%)");
            case "milestone" -> f.apply("title") + (f.apply("due").isBlank() ? "" : ", due " + date(f.apply("due")));
            case "action" -> f.apply("ref") + " " + f.apply("title");
            default -> json;
        };
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? null : Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private String value(Plan plan, String field, String v) {
        if (v == null || v.isEmpty()) return "(none)";
        try {
            return switch (field) {
                case "status" -> ActionStatus.valueOf(v).label();
                case "bragOverride" -> Brag.valueOf(v).label();
                case "executiveLead", "operationalLead" -> plan.person(Long.parseLong(v)).map(p -> p.name()).orElse("person " + v + " (since removed)");
                case "committee", "signedOffCommittee" -> plan.committees().stream().filter(c -> c.id() == Long.parseLong(v)).map(c -> c.name())
                        .findFirst().orElse("committee " + v + " (since removed)");
                case "theme" -> plan.themes().stream().filter(t -> t.id() == Long.parseLong(v)).map(t -> t.name()).findFirst().orElse("theme " + v);
                case "requirement" -> plan.requirement(Long.parseLong(v)).map(q -> q.ref()).orElse("requirement " + v);
                case "progress" -> v + "%";
                case "bafRisk" -> plan.bafRisks().stream().filter(b -> b.id() == Long.parseLong(v)).map(b -> b.ref() + " " + b.title()).findFirst().orElse("risk " + v);
                default -> ISO_DATE.matcher(v).matches() ? date(v) : v;
            };
        } catch (IllegalArgumentException e) {
            return v;
        }
    }

    private static String date(String iso) {
        if (iso == null || iso.isBlank()) return "";
        try {
            return DATE.format(LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    private String when(String at) {
        try {
            return WHEN.format(Instant.parse(at).atZone(zone));
        } catch (RuntimeException e) {
            return at;
        }
    }
}
