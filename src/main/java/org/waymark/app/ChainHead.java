package org.waymark.app;

import java.util.Optional;

/**
 * The head of a plan's audit chain (row, hash, time) as printed on a board pack, with whether the plan passed its
 * integrity checks when the pack was made. Kept outside the file, the head anchors the history up to it.
 */
public record ChainHead(long row, String hash, String at, boolean healthy, String problem) {

    public String shortHash() { return hash.length() > 12 ? hash.substring(0, 12) : hash; }

    /** The head of an open plan, and its health by every check (chain, schema, the log proving the data). */
    public static ChainHead of(PlanSession session) {
        Optional<org.waymark.store.ChainAnchor.Point> head = session.read(org.waymark.store.ChainAnchor::head);
        AuditCheck audit = session.verifyAudit();
        java.util.List<String> schema = session.read(IntegrityChecks::schema);
        DataCheck data = audit.intact() && schema.isEmpty() ? session.read(IntegrityChecks::data) : null;
        String problem = !audit.intact() ? "audit chain " + audit.describe()
                : !schema.isEmpty() ? "schema: " + String.join("; ", schema)
                : !data.proven() ? "data: " + data.summary() + (data.differences().isEmpty() ? "" : " (" + data.differences().get(0) + ")") : null;
        return new ChainHead(head.map(h -> h.row()).orElse(0L), head.map(h -> h.hash()).orElse(""), head.map(h -> h.at()).orElse(""), problem == null, problem);
    }
}
