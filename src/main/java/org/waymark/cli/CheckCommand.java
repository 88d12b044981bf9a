package org.waymark.cli;

import org.waymark.app.AnchorCheck;
import org.waymark.app.infra.Backups;
import org.waymark.app.PlanException;
import org.waymark.app.PlanHealth;
import org.waymark.app.PlanSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Checks a plan file or a shared plan without changing it. Exit 0 healthy, 1 problems found, 2 cannot open, 3 nothing
 * wrong found but a keyed plan's signed rows could only be checked for continuity (its key is not here).
 */
@Command(name = "check", description = "Check a plan file or a shared plan (postgresql://host/database): schema version, integrity and the "
        + "audit chain. Never changes the plan.%n"
        + "Exit status: 0 healthy, 1 problems found, 2 cannot open, 3 no problems found but not fully verified: the plan is keyed and "
        + "its key is not on this computer, so its signed rows were checked for continuity only.")
public final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file, or a shared plan's address postgresql://[user@]host[:port]/database.")
    String plan;

    @Override public Integer call() {
        PlanHealth h;
        boolean shared = PlanSession.isShared(plan);
        Path file = shared ? null : Path.of(plan);
        try {
            h = PlanHealth.check(plan, Clocks.clock());
            // backups are of plan files; a shared plan's history is kept by its database server's own backups
            if (!shared) h = h.withAnchors(AnchorCheck.all(file, Backups.forCurrentUser(), Clocks.clock()));
        } catch (PlanException e) {
            System.err.println("Cannot open " + PlanSession.shown(plan) + ": " + e.getMessage());
            if (!shared && (e.kind() == PlanException.Kind.DAMAGED || e.kind() == PlanException.Kind.NOT_A_PLAN)) {
                System.err.println("The file has not been changed. To list its backups: waymark restore " + file);
            }
            return 2;
        }
        System.out.println("Plan:            " + h.organisation() + " (" + h.actions() + " actions)");
        if (h.offlineCopyOf() != null) System.out.println("Offline copy:    of " + h.offlineCopyOf() + " (it opens read-only)");
        System.out.println("Schema version:  " + h.schemaVersion() + (h.schemaVersion() < h.latestSchemaVersion()
                ? " (older; it will be upgraded to " + h.latestSchemaVersion() + " when opened for editing)" : " (current)"));
        System.out.println("Integrity check: " + String.join("; ", h.integrity()));
        System.out.println("Audit chain:     " + h.audit().describe());
        System.out.println("Schema:          " + (h.schema().isEmpty() ? "exactly as Waymark creates it" : "NOT as Waymark creates it (" + h.schema().size() + " problem"
                + (h.schema().size() == 1 ? "" : "s") + ")"));
        if (!shared) System.out.println("Anchors:         " + (h.anchors().isEmpty() ? "the chain agrees with every backup found and every snapshot's recorded head" : "the chain DISAGREES with " + h.anchors().size() + " backup(s) or snapshot(s)"));
        System.out.println("Data:            " + (h.data().proven() ? h.data().summary() : "NOT proven by the audit log"));
        System.out.println("Evidence files:  " + (h.damagedFiles().isEmpty() ? "stored files match their hashes" : h.damagedFiles().size() + " damaged"));
        h.changedLinks().forEach(l -> System.out.println("  - " + l + ": check it and verify the evidence again if needed."));
        if (h.healthy() && h.audit().keyMissing()) {
            System.out.println("Not fully verified: keyed from row " + h.audit().keyedFrom() + "; key not on this computer, so rows after "
                    + h.audit().keyedFrom() + " are checked for continuity only. Nothing wrong was found in what could be checked.");
            System.out.println("What to do: to verify the signed rows here, ask a key holder to run `waymark key " + plan + " --export FILE`, then run "
                    + "`waymark key " + plan + " --import FILE` and check again. (Exit status 3.)");
            return 3;
        }
        if (h.healthy()) {
            System.out.println("Healthy.");
            return 0;
        }
        System.out.println("Problems found:");
        h.problems().forEach(p -> System.out.println("  - " + p));
        if (shared) {
            System.out.println("What to do: keep the database unchanged (it is evidence of what happened) and tell its database administrator.");
            return 1;
        }
        System.out.println("What to do: keep this file unchanged (it is evidence of what happened). To carry on from a sound copy,");
        System.out.println("list its backups with `waymark restore " + file + "` and restore one with `waymark restore " + file + " --from BACKUP`.");
        return 1;
    }
}
