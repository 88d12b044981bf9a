package org.waymark.cli;

import org.waymark.app.Identity;
import org.waymark.app.PlanException;
import org.waymark.app.PlanPublish;
import org.waymark.app.Refused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Moves a plan file into an empty shared database and proves it arrived whole. */
@Command(name = "publish", description = {"Publish a plan file into an empty PostgreSQL database as a shared plan, audit chain and all, "
        + "then check it there (chain, schema, data proven by the log, same head as the file). The file is never changed.",
        "The password comes from your .pgpass file (or a service file); see docs/SHARED.md.",
        "Exit status: 0 published and verified, 1 published but the checks there failed, 2 not published."})
public final class PublishCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The plan file to publish.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "postgresql://[user@]host[:port]/database",
            description = "The empty database, made as docs/SHARED.md says.")
    String to;

    @Override public Integer call() {
        PlanPublish.Result r;
        try {
            r = PlanPublish.publish(file, to, Identity.osAccount(), Clocks.clock());
        } catch (PlanException | Refused e) {
            System.err.println("Not published: " + e.getMessage());
            return 2;
        }
        System.out.println("Published " + file + " to " + r.target() + ": " + r.auditRows() + " audit rows, head row " + r.head().row()
                + " (" + r.head().shortHash() + ").");
        if (r.verified()) {
            System.out.println("Verified there: the audit chain is intact, the schema is exactly Waymark's, the log proves every row, "
                    + "and the head is the file's.");
            return 0;
        }
        System.out.println("The checks on the shared plan FAILED: " + (r.sameHead() ? r.head().problem() : "its audit head is not the file's")
                + ". Do not use it; drop the database and publish again, or report it.");
        return 1;
    }
}
