package org.waymark.app;

import org.waymark.store.OfflineCopy;
import org.waymark.store.PlanFacts;
import org.waymark.store.PlanLocation;
import org.waymark.store.StoreException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking a plan without changing it: schema, integrity and audit chain. {@code offlineCopyOf} names
 * where and when an offline copy was taken, or is null for a plan that is not one.
 */
public record PlanHealth(String organisation, int schemaVersion, int latestSchemaVersion, List<String> integrity,
                         AuditCheck audit, long actions, List<String> schema, DataCheck data, List<String> anchors,
                         List<String> damagedFiles, List<String> changedLinks, String offlineCopyOf) {

    /** How many differences between data and log are listed; the rest are counted. */
    private static final int SHOWN = 10;

    public boolean integrityOk() { return integrity.size() == 1 && "ok".equals(integrity.get(0)); }

    /** Linked files that changed or went are reported but are not damage to the plan itself. */
    public boolean healthy() {
        return integrityOk() && audit.intact() && schema.isEmpty() && data.proven() && anchors.isEmpty() && damagedFiles.isEmpty();
    }

    /** The same health with the comparison against anchors kept outside the file (backups). */
    public PlanHealth withAnchors(List<String> found) {
        return new PlanHealth(organisation, schemaVersion, latestSchemaVersion, integrity, audit, actions, schema, data, List.copyOf(found),
                damagedFiles, changedLinks, offlineCopyOf);
    }

    /** Each problem found, in words a user can act on. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (!integrityOk()) integrity.forEach(line -> p.add("Integrity check: " + line));
        if (!audit.intact()) p.add("Audit chain " + audit.describe());
        p.addAll(damagedFiles);
        schema.forEach(s -> p.add("Schema: " + s));
        anchors.forEach(a -> p.add("Audit chain " + a));
        if (!data.proven()) {
            p.add("Data: " + data.summary());
            List<String> shown = data.differences().stream().limit(SHOWN).toList();
            shown.forEach(d -> p.add("Data: " + d));
            long rest = data.differenceCount() - shown.size();
            if (rest > 0) p.add("Data: … and " + rest + " more");
        }
        return p;
    }

    /** Opens the file read-only, so checking never changes it. Throws {@link PlanException} if it cannot be opened. */
    public static PlanHealth check(Path file, Clock clock) {
        return check(new PlanLocation.File(file), clock);
    }

    /** Checks a plan wherever it lives: a file's path or a shared plan's address. */
    public static PlanHealth check(String location, Clock clock) {
        try {
            return check(PlanLocation.parse(location), clock);
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
    }

    private static PlanHealth check(PlanLocation location, Clock clock) {
        try (PlanSession s = PlanSession.openUnloaded(location, clock)) {
            List<String> integrity = s.integrityCheck();
            AuditCheck audit = s.verifyAudit();
            List<String> schema = s.read(IntegrityChecks::schema);
            DataCheck data = s.read(IntegrityChecks::data);
            String name;
            long actions;
            try {
                // Two small queries, not the whole plan: the replay already holds one copy of it in memory.
                name = s.read(c -> PlanFacts.organisationName(c));
                actions = s.read(c -> PlanFacts.actionCount(c));
            } catch (RuntimeException e) {
                name = "(unreadable: " + e.getMessage() + ")";
                actions = -1;
            }
            EvidenceFileService files = new EvidenceFileService(s);
            return new PlanHealth(name, s.schemaVersion(), org.waymark.store.Migrations.LATEST, integrity, audit, actions, schema, data, List.of(),
                    files.damaged(), files.linkedChanges(),
                    s.read(c -> OfflineCopy.of(c).map(o -> o.source() + ", taken at " + o.takenAt()).orElse(null)));
        }
    }
}
