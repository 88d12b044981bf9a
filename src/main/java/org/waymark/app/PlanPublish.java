package org.waymark.app;

import org.waymark.store.Migrations;
import org.waymark.store.PlanDatabase;
import org.waymark.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Moves a plan file into an empty shared database, audit chain and all, and proves it arrived whole: the chain
 * verifies there, replaying it gives exactly the stored rows, and its head is the file's head.
 */
public final class PlanPublish {

    /** What arrived where, and what the shared plan's own checks (chain, schema, data proven by the log) say. */
    public record Result(String target, long auditRows, ChainHead head, boolean sameHead) {
        public boolean verified() { return head.healthy() && sameHead; }
    }

    private PlanPublish() {}

    public static Result publish(Path file, String target, String user, Clock clock) {
        if (!PlanSession.isShared(target)) {
            throw new Refused("to", "Publish to a shared plan's address, postgresql://host/database, not to \"" + target + "\".");
        }
        Path upgraded = null;
        try {
            PlanSession source = PlanSession.openAsIs(file, true, user, clock);
            if (source.schemaVersion() < Migrations.LATEST) {
                // a plan file of an older format is upgraded in a copy: the file itself is never changed by publishing
                source.close();
                upgraded = Files.createTempDirectory("waymark-publish");
                Path copy = upgraded.resolve(file.getFileName());
                PlanDatabase.snapshot(file, copy);
                source = PlanSession.openAsIs(copy, false, user, clock);
            }
            try (PlanSession from = source) {
                AuditCheck chain = from.verifyAudit();
                if (!chain.intact()) {
                    throw new PlanException(PlanException.Kind.BROKEN, file.getFileName() + "'s audit chain is " + chain.describe()
                            + ". Publish only a sound plan: run `waymark check " + file + "` and restore a backup first.", null);
                }
                ChainHead head = ChainHead.of(from);
                try (PlanSession shared = from.copyInto(target)) {
                    ChainHead there = ChainHead.of(shared);
                    return new Result(shared.location(), shared.auditRows(), there, there.row() == head.row() && there.hash().equals(head.hash()));
                }
            }
        } catch (StoreException e) {
            throw PlanException.from(e);
        } catch (IOException e) {
            throw new PlanException(PlanException.Kind.IO, "Cannot make a working copy to upgrade " + file.getFileName() + ": " + e.getMessage(), e);
        } finally {
            if (upgraded != null) deleteTree(upgraded);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder the system's cleaner removes in time
        }
    }
}
