package org.waymark.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes a new plan file from a plan document, but only one whose audit log proves it: the chain must verify, a
 * document with actions must have an audit log at all, and replaying the log must give exactly the document's rows. Otherwise it is refused, unless the user accepts it
 * explicitly, and that acceptance is itself the new plan's next audit row. The plan is built in a hidden file
 * beside the target and moved into place only when accepted, so a refusal or a crash leaves no plan behind.
 */
public final class DocumentImport {

    private DocumentImport() {}

    /** Why the document's log does not prove it, or empty when it does: the chain, then the data replayed from the log. */
    public static Optional<String> unproven(PlanSession s, PlanTables tables) {
        AuditCheck chain = s.verifyAudit();
        if (!chain.intact()) return Optional.of("its audit chain does not verify (" + chain.describe() + ")");
        if (s.auditRows() == 0 && tables.rows("action") + tables.rows("requirement") + tables.rows("person") > 0) {
            return Optional.of("it holds " + tables.rows("action") + " actions but an empty audit log, so nothing shows how they came to be");
        }
        DataCheck data = s.read(IntegrityChecks::data);
        if (!data.proven()) {
            return Optional.of("its audit log does not prove its data: " + data.summary() + (data.differences().isEmpty() ? "" : " (" + data.differences().get(0) + ")"));
        }
        return Optional.empty();
    }

    public static PlanSession importInto(PlanTables tables, Path newPlan, String user, Clock clock, boolean acceptBroken) {
        if (Files.exists(newPlan)) throw new Refused("file", "A file already exists at " + newPlan + ". Choose a new file name; Waymark never overwrites a file.");
        Path building = newPlan.resolveSibling("." + newPlan.getFileName() + "." + UUID.randomUUID() + ".importing");
        try {
            try (PlanSession s = PlanSession.restore(building, tables, user, clock)) {
                Optional<String> problem = unproven(s, tables);
                if (problem.isPresent() && !acceptBroken) {
                    throw new Refused("document", "Refused: the document cannot be trusted as it stands, because " + problem.get()
                            + ". It may have been edited after it was exported. Nothing was created. Ask for a fresh export; or, if you"
                            + " accept it as it is, import again with --accept-broken, which is recorded in the new plan's audit log.");
                }
                problem.ifPresent(p -> s.write("Imported from a plan document whose audit log does not prove it; accepted explicitly with --accept-broken",
                        tx -> { tx.audit("plan", null, "accepted_unproven_document", null, p, "Accepted by " + user + " with --accept-broken"); return null; }));
            }
            Files.move(building, newPlan); // a rename in the same folder; refuses, never replaces, a file that appeared meanwhile
            return PlanSession.open(newPlan, false, user, clock);
        } catch (IOException e) {
            throw new PlanException(PlanException.Kind.IO, "Cannot put the new plan at " + newPlan + ": " + e.getMessage(), e);
        } finally {
            for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
                try { Files.deleteIfExists(building.resolveSibling(building.getFileName() + suffix)); } catch (IOException ignored) { /* best effort */ }
            }
        }
    }
}
