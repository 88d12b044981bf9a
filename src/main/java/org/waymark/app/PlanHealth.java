package org.waymark.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The outcome of checking a plan file without changing it: schema, integrity and audit chain. */
public record PlanHealth(String organisation, int schemaVersion, int latestSchemaVersion, List<String> integrity,
                         AuditCheck audit, long actions, List<String> damagedFiles, List<String> changedLinks) {

    public boolean integrityOk() { return integrity.size() == 1 && "ok".equals(integrity.get(0)); }

    /** Linked files that changed or went are reported but are not damage to the plan itself. */
    public boolean healthy() { return integrityOk() && audit.intact() && damagedFiles.isEmpty(); }

    /** Each problem found, in words a user can act on. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (!integrityOk()) integrity.forEach(line -> p.add("Integrity check: " + line));
        if (!audit.intact()) p.add("Audit chain " + audit.describe());
        p.addAll(damagedFiles);
        return p;
    }

    /** Opens the file read-only, so checking never changes it. Throws {@link PlanException} if it cannot be opened. */
    public static PlanHealth check(Path file, Clock clock) {
        try (PlanSession s = PlanSession.openUnloaded(file, clock)) {
            List<String> integrity = s.integrityCheck();
            AuditCheck audit = s.verifyAudit();
            String name;
            long actions;
            try {
                name = s.plan().organisation().name();
                actions = s.plan().actions().size();
            } catch (RuntimeException e) {
                name = "(unreadable: " + e.getMessage() + ")";
                actions = -1;
            }
            EvidenceFileService files = new EvidenceFileService(s);
            return new PlanHealth(name, s.schemaVersion(), org.waymark.store.Migrations.LATEST, integrity, audit, actions,
                    files.damaged(), files.linkedChanges());
        }
    }
}
