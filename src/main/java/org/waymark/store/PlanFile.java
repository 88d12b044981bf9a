package org.waymark.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

/** What is particular to a plan that is a SQLite file: its header, its connection settings, its side files. */
final class PlanFile {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private PlanFile() {}

    static void deleteQuietly(Path path) {
        for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
            try { Files.deleteIfExists(path.resolveSibling(path.getFileName() + suffix)); } catch (IOException ignored) { /* best effort */ }
        }
    }

    static void refuseOfflineCopy(Path path, Connection c) {
        OfflineCopy.Origin o = OfflineCopy.of(c).orElse(null);
        if (o != null) {
            throw new StoreException(StoreException.Reason.READ_ONLY, path.getFileName() + " is an offline copy of " + o.source() + ", taken at "
                    + o.takenAt() + ", so it opens read-only. Make changes in the shared plan itself.");
        }
    }

    static void inspectHeader(Path path) {
        if (!Files.exists(path)) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, "There is no file at " + path + ". Check the name, or create a new plan.");
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "Cannot read " + path + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new StoreException(StoreException.Reason.NOT_SQLITE, path.getFileName() + " is empty (0 bytes), so it holds no plan. Restore a backup, or open another file.");
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new StoreException(StoreException.Reason.NOT_SQLITE, path.getFileName() + " is not a Waymark plan (it is not a SQLite database). If it is a spreadsheet, use File › Import.");
        }
    }

    static Connection connect(Path path, boolean readOnly) { return connect(path, readOnly, false); }

    /** {@code inspect}: only looking (check, a backup's anchors), so leave the folder exactly as it was where that is safe. */
    static Connection connect(Path path, boolean readOnly, boolean inspect) {
        Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", "5000");
        // 32 MB of page cache: a large import is one transaction, and a small cache would spill it to the WAL page by page.
        // A look at the file (check) reads each page about once, so SQLite's default 2 MB does.
        if (!inspect) p.setProperty("cache_size", "-32768");
        if (readOnly) {
            p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        } else {
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "FULL");
        }
        try {
            Connection c = DriverManager.getConnection(url(path, readOnly, inspect), p);
            try (Statement st = c.createStatement()) {
                // A trigger or view planted in the file may not call app-defined or unsafe functions (sqlite-jdbc 3.53 has no defensive-mode switch).
                st.execute("PRAGMA trusted_schema = OFF");
                if (readOnly) st.execute("PRAGMA query_only = true");
            }
            return c;
        } catch (SQLException e) {
            throw Sql.failure("open " + path, e);
        }
    }

    /**
     * A plan in a folder this account cannot write to (a read-only share) cannot get the -shm file SQLite's WAL
     * mode needs even to read; opened as immutable it can be read, and nobody can be writing it there anyway.
     */
    static String url(Path path, boolean readOnly, boolean inspect) {
        Path abs = path.toAbsolutePath();
        Path folder = abs.getParent();
        boolean noShm = !Files.exists(abs.resolveSibling(abs.getFileName() + "-shm"));
        boolean unwritable = folder != null && !Files.isWritable(folder) && noShm;
        // Only looking, and nothing else has it open (no -wal or -shm): immutable, so no sidecar file is made and no lock taken.
        boolean untouched = inspect && noShm && !Files.exists(abs.resolveSibling(abs.getFileName() + "-wal"));
        return readOnly && (unwritable || untouched) ? "jdbc:sqlite:" + abs.toUri() + "?immutable=1" : "jdbc:sqlite:" + abs;
    }
}
