package org.waymark.app;

import org.waymark.store.Rewind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plan as its audit log says it stood at one row, opened read-only from a scratch copy that is deleted when
 * the session closes. What a board pack showed at that row can be worked out again from it.
 *
 * @param problems what the log could not rebuild (empty when the copy is exactly the logged state)
 */
public record PlanAtRow(PlanSession session, List<String> problems) implements AutoCloseable {

    public static PlanAtRow open(PlanSession plan, long row, Clock clock) {
        Path dir;
        try {
            dir = Files.createTempDirectory("waymark-at-row-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a scratch folder to rebuild the plan at audit row " + row + ": " + e.getMessage()
                    + ". Free some space in the temporary folder (java.io.tmpdir) and try again.", e);
        }
        Path copy = dir.resolve("at-row-" + row + ".waymark");
        try {
            List<String> problems = plan.read(c -> Rewind.copy(c, copy, row));
            PlanSession s = PlanSession.openAsIs(copy, true, "verify", clock);
            s.closeAlso(() -> delete(dir));
            return new PlanAtRow(s, problems);
        } catch (RuntimeException e) {
            delete(dir);
            throw e instanceof org.waymark.store.StoreException se ? PlanException.from(se) : e;
        }
    }

    @Override public void close() { session.close(); }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a scratch copy left in the temporary folder holds nothing the plan does not
        }
    }
}
