package org.waymark.app;

import org.waymark.domain.*;
import org.waymark.store.PlanStore;
import org.waymark.store.Tx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a checked spreadsheet into the plan as ONE audited transaction: every action, requirement, person,
 * evidence item and update commits together, or nothing does. Each audit row names the source file. What was
 * written comes back as an {@link Imported}, so that {@link #takeBack} can remove exactly those rows, in one
 * transaction too: the window's undo of an import.
 */
public final class ImportService {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private final PlanSession session;

    public ImportService(PlanSession session) { this.session = session; }

    /** One import's rows and every row it created, in the order it created them. */
    public static final class Imported {
        private final String sourceFileName;
        private final List<ImportedAction> rows;
        private final List<Created> created = new ArrayList<>();

        private Imported(String sourceFileName, List<ImportedAction> rows) {
            this.sourceFileName = sourceFileName;
            this.rows = List.copyOf(rows);
        }

        public String sourceFileName() { return sourceFileName; }

        /** How many actions the import added. */
        public int actions() { return rows.size(); }

        private <T> T created(T record, Created removal) {
            created.add(removal);
            return record;
        }
    }

    /** How to remove one created row again, audited. */
    private interface Created { void remove(Tx tx, String why); }

    /** Writes the rows; returns what was written. */
    public Imported commit(String sourceFileName, List<ImportedAction> rows) {
        if (rows.isEmpty()) throw new Refused("rows", "There is nothing to import: no row was accepted.");
        return write(new Imported(sourceFileName, rows));
    }

    /** Removes every row the import created, newest first, in one transaction: the plan is as it was before it. */
    public void takeBack(Imported imported, String why) {
        session.write(why, tx -> {
            for (int i = imported.created.size() - 1; i >= 0; i--) imported.created.get(i).remove(tx, why);
            return null;
        });
    }

    private Imported write(Imported imported) {
        String sourceFileName = imported.sourceFileName;
        List<ImportedAction> rows = imported.rows;
        String why = "Imported from " + sourceFileName;
        String framework = rows.stream().anyMatch(r -> !r.tags().isEmpty()) ? new TagService(session).framework().id() : null;
        return session.write(why, tx -> {
            Set<List<Object>> tagged = new HashSet<>();
            // Matched against the rows as they are inside this write transaction (it holds SQLite's write lock from
            // its start), never against the plan loaded earlier: two imports naming the same new lead at once then
            // find each other's person instead of each creating one. The rule: one person per name, ignoring case
            // and spacing; the oldest wins where a plan already has two.
            Map<String, Long> people = new HashMap<>();
            inTransaction(tx, "SELECT id, name FROM person ORDER BY id", (id, name) -> people.putIfAbsent(key(name), id));
            Map<String, Long> services = new HashMap<>();
            inTransaction(tx, "SELECT id, code FROM core_service ORDER BY id", (id, code) -> services.putIfAbsent(key(code), id));
            inTransaction(tx, "SELECT id, name FROM core_service ORDER BY id", (id, name) -> services.putIfAbsent(key(name), id));
            Set<String> refs = new HashSet<>();
            inTransaction(tx, "SELECT id, ref FROM action", (id, ref) -> refs.add(key(ref)));
            Long sourceId = null;
            Map<List<Object>, Long> findings = new HashMap<>();
            for (ImportedAction row : rows) {
                if (!refs.add(key(row.ref()))) throw new Refused("ref", "Reference " + row.ref() + " is already used in the plan; run the dry run again.");
                Long requirementId = null;
                if (row.hasRequirement()) {
                    if (sourceId == null) sourceId = source(tx, imported, new RegulatorySource(0, SourceKind.INTERNAL, sourceFileName,
                            "Imported from " + sourceFileName, session.today(), ""), why);
                    Long serviceId = row.coreService() == null ? null : service(tx, imported, services, row.coreService(), why);
                    String text = row.finding() != null ? row.finding() : row.title();
                    // A finding merged down several rows is one finding with several actions, not several findings.
                    List<Object> same = java.util.Arrays.asList(text, row.priority(), row.regulation(), row.keyQuestion(), serviceId);
                    long source = sourceId;
                    requirementId = findings.computeIfAbsent(same, k -> requirement(tx, imported, new Requirement(0, source, row.ref(), row.priority(),
                            text, row.regulation(), row.keyQuestion(), serviceId, null), why));
                }
                Long exec = person(tx, imported, people, row.executiveLead(), why);
                Long op = person(tx, imported, people, row.operationalLead(), why);
                Action a = new Action(0, row.ref(), row.title(), row.description(), requirementId, null, exec, op, null,
                        row.start(), row.due(), row.due(), row.status(), row.progress(), row.override(), null);
                long id = PlanStore.insertAction(tx, a, why);
                // Removed as it stands when the undo runs: its later edits have been undone, but the row is read, not assumed.
                imported.created(id, (x, w) -> PlanStore.deleteAction(x, PlanStore.action(x, id), w));
                for (String code : row.tags()) {
                    // a finding merged down several rows is tagged once
                    FrameworkTag t = new FrameworkTag(0, requirementId, requirementId == null ? Long.valueOf(id) : null, framework, code, false);
                    if (tagged.add(java.util.Arrays.asList(t.requirementId(), t.actionId(), code))) {
                        long tagId = PlanStore.insertTag(tx, t, why);
                        FrameworkTag stored = new FrameworkTag(tagId, t.requirementId(), t.actionId(), t.framework(), t.code(), t.needsReview());
                        imported.created(stored, (x, w) -> PlanStore.deleteTag(x, stored, w));
                    }
                }
                evidenceAndUpdate(tx, imported, row, id, why);
            }
            return imported;
        });
    }

    /** The row's evidence text becomes one unverified item, and its update text one dated progress update. */
    private void evidenceAndUpdate(Tx tx, Imported imported, ImportedAction row, long actionId, String why) {
        if (row.evidence() != null) {
            EvidenceItem e = new EvidenceItem(0, actionId, "Document", row.evidence(), "", session.today(), null, null, null);
            EvidenceItem stored = e.withId(PlanStore.insertEvidence(tx, e, why));
            imported.created(stored, (x, w) -> PlanStore.deleteEvidence(x, stored, w));
        }
        if (row.update() != null) {
            ProgressUpdate u = new ProgressUpdate(0, actionId, row.updateDate() != null ? row.updateDate() : session.today(), session.user(), row.update(), null);
            ProgressUpdate stored = new ProgressUpdate(PlanStore.insertUpdate(tx, u, why), actionId, u.postedOn(), u.author(), u.text(), u.progress());
            imported.created(stored, (x, w) -> PlanStore.deleteUpdate(x, stored, w));
        }
    }

    private static long source(Tx tx, Imported imported, RegulatorySource s, String why) {
        RegulatorySource stored = new RegulatorySource(PlanStore.insertSource(tx, s, why), s.kind(), s.reference(), s.title(), s.issued(), s.regulations());
        return imported.created(stored, (x, w) -> PlanStore.deleteSource(x, stored, w)).id();
    }

    private static long requirement(Tx tx, Imported imported, Requirement r, String why) {
        Requirement stored = new Requirement(PlanStore.insertRequirement(tx, r, why), r.sourceId(), r.ref(), r.priority(), r.text(), r.regulation(),
                r.keyQuestion(), r.coreServiceId(), r.deadline());
        return imported.created(stored, (x, w) -> PlanStore.deleteRequirement(x, stored, w)).id();
    }

    private static void inTransaction(Tx tx, String sql, java.util.function.BiConsumer<Long, String> row) throws java.sql.SQLException {
        try (var st = tx.connection().createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) row.accept(rs.getLong(1), rs.getString(2));
        }
    }

    private static Long person(Tx tx, Imported imported, Map<String, Long> people, String name, String why) {
        if (name == null || name.isBlank()) return null;
        return people.computeIfAbsent(key(name), k -> {
            Person stored = new Person(PlanStore.insertPerson(tx, new Person(0, name.strip(), "", "", ""), why), name.strip(), "", "", "");
            return imported.created(stored, (x, w) -> PlanStore.deletePerson(x, stored, w)).id();
        });
    }

    private static Long service(Tx tx, Imported imported, Map<String, Long> services, ImportedAction.CoreServiceName s, String why) {
        Long id = services.get(key(s.code()));
        if (id == null) id = services.get(key(s.name()));
        if (id != null) return id;
        CoreService made = new CoreService(0, s.code(), s.name());
        long created = PlanStore.insertCoreService(tx, made, why);
        CoreService stored = new CoreService(created, made.code(), made.name());
        imported.created(stored, (x, w) -> PlanStore.deleteCoreService(x, stored, w));
        services.put(key(s.code()), created);
        services.put(key(s.name()), created);
        return created;
    }

    /** People and services match whatever the case and spacing. */
    public static String key(String s) {
        return s == null ? "" : SPACES.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
