package org.waymark.app.infra;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes what killed processes leave behind: half-written backups ({@code *.partial}, never listed as backups) and
 * the SQLite native library copies that sqlite-jdbc unpacks per process and only removes on a clean exit. Only
 * files old enough that no starting or running process can still be writing or loading them are removed: an hour
 * for a backup, ten minutes for a library copy (a loaded library stays mapped even when its file is gone).
 */
public final class StartupTidy {

    static final Duration PARTIAL_AGE = Duration.ofHours(1), NATIVE_AGE = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger("org.waymark.app.infra.StartupTidy");

    private StartupTidy() {}

    public static int run(AppDirectories dirs) {
        Instant now = Instant.now();
        return remove(dirs.backups(), "*.partial", now.minus(PARTIAL_AGE)) + remove(dirs.nativeTemp(), "sqlite-*", now.minus(NATIVE_AGE));
    }

    static int remove(Path folder, String glob, Instant olderThan) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
            for (Path f : files) {
                try {
                    if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toInstant().isBefore(olderThan) && Files.deleteIfExists(f)) removed++;
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Left " + f + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot tidy " + folder + ": " + e.getMessage());
        }
        if (removed > 0) LOG.info("Removed " + removed + " stale " + glob + " file(s) from " + folder);
        return removed;
    }
}
