package org.waymark.app.infra;

import org.waymark.app.PlanRestore;
import org.waymark.app.RealPath;
import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.store.PlanDatabase;
import org.waymark.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Automatic backups of plan files in the per-user data folder, and restoring from them.
 *
 * <p>A backup is a consistent SQLite copy ({@code VACUUM INTO}) written under a temporary name and renamed when
 * complete, so a crash mid-backup never leaves something that looks like a backup. Names carry the plan's name,
 * a short fingerprint of its full path (two plans called "plan" in different folders do not share backups), the
 * time in UTC and the reason. Backups taken on open rotate, keeping the newest {@code keep}; those taken before
 * an upgrade or a restore are kept until removed by hand, as they are the way back from a rare event.
 */
public final class Backups {

    public static final String ON_OPEN = "open";
    public static final String BEFORE_UPGRADE = "before-upgrade-from-v";
    public static final String BEFORE_RESTORE = "before-restore";
    public static final int DEFAULT_KEEP = 10;
    static final String EXTENSION = ".waymark";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** Reports each step of a restore, for a progress bar. */
    @FunctionalInterface
    public interface Progress { void step(int done, int total, String message); }

    private final Path folder;
    private final int keep;
    private final Clock clock;

    public Backups(Path folder, int keep, Clock clock) {
        if (keep < 1) throw new IllegalArgumentException("keep at least one backup");
        this.folder = folder;
        this.keep = keep;
        this.clock = clock;
    }

    /** The data folder's backups, keeping {@code -Dwaymark.backups.keep} (default 10) of those taken on open. */
    public static Backups forCurrentUser() {
        return new Backups(AppDirectories.forCurrentUser().backups(), Integer.getInteger("waymark.backups.keep", DEFAULT_KEEP), Clock.systemUTC());
    }

    public Path folder() { return folder; }

    public int keep() { return keep; }

    /** Takes a consistent backup of a plan that is not open for writing in this process. */
    public Path take(Path plan, String reason) {
        Path target = newName(plan, reason);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            if (!Files.isWritable(folder)) throw new java.nio.file.AccessDeniedException(folder.toString());
            Files.deleteIfExists(partial);
            PlanDatabase.snapshot(plan, partial);
            force(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(folder);
        } catch (java.nio.file.AccessDeniedException e) {
            deleteQuietly(partial);
            throw new PlanException(PlanException.Kind.READ_ONLY, "The backups folder " + folder + " is not writable, so no backup of "
                    + plan.getFileName() + " could be taken. Give your account write access to it (its permissions or owner)", e);
        } catch (StoreException e) {
            deleteQuietly(partial);
            throw PlanException.from(e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new PlanException(PlanException.Kind.IO, "The backup of " + plan.getFileName() + " could not be written to " + folder + ": " + e.getMessage(), e);
        }
        if (reason.equals(ON_OPEN)) rotate(plan);
        return target;
    }

    /**
     * Before a file of an older plan format is upgraded, keeps it as it was, whoever opens it. A file that cannot be
     * read is left for the open itself to report.
     */
    public static void beforeUpgrade(Path plan) {
        int version;
        try (PlanDatabase probe = PlanDatabase.open(plan, true, Clock.systemUTC())) {
            version = probe.schemaVersion();
        } catch (StoreException e) {
            return;
        }
        if (version < org.waymark.store.Migrations.LATEST) forCurrentUser().take(plan, BEFORE_UPGRADE + version);
    }

    /** This plan's backups, newest first. */
    public List<BackupInfo> list(Path plan) {
        String prefix = prefix(plan);
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            List<BackupInfo> out = new ArrayList<>();
            files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(EXTENSION))
                    .forEach(f -> parse(f, prefix.length()).ifPresent(out::add));
            out.sort(Comparator.comparing(BackupInfo::taken).thenComparing(b -> b.file().getFileName().toString()).reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BackupHealth health(Path backup) { return BackupHealth.of(backup, clock); }

    /** Restores a backup of this plan; see {@link #restore(Path, Path, String, boolean, Progress)}. */
    public RestoreResult restore(Path plan, Path backup, String user, Progress progress) {
        return restore(plan, backup, user, false, progress);
    }

    /**
     * Replaces {@code plan} with {@code backup}: only a healthy backup of this plan (of another only with
     * {@code otherPlan}), only when nobody has the plan open, only after it is upgraded and re-checked in a temporary
     * copy, and only after a copy of the file being replaced is kept. The restore is written to the audit trail.
     */
    public RestoreResult restore(Path plan, Path backup, String user, boolean otherPlan, Progress progress) {
        return new PlanRestore(this, clock).run(plan, backup, user, otherPlan, progress);
    }

    /** A consistent copy if SQLite can read the file; the raw bytes (and any write-ahead log) if it is damaged. */
    public Path keepCopy(Path plan) throws IOException {
        try {
            return take(plan, BEFORE_RESTORE);
        } catch (PlanException unreadable) {
            Path target = newName(plan, BEFORE_RESTORE + "-raw");
            Files.copy(plan, target);
            Path wal = sidecar(plan, "-wal");
            if (Files.exists(wal)) Files.copy(wal, sidecar(target, "-wal"));
            return target;
        }
    }

    private void rotate(Path plan) {
        List<BackupInfo> onOpen = list(plan).stream().filter(b -> b.reason().equals(ON_OPEN)).toList();
        for (BackupInfo old : onOpen.subList(Math.min(keep, onOpen.size()), onOpen.size())) deleteQuietly(old.file());
    }

    private Path newName(Path plan, String reason) {
        String base = prefix(plan) + STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)) + "_" + reason;
        Path p = folder.resolve(base + EXTENSION);
        for (int n = 2; Files.exists(p); n++) p = folder.resolve(base + "-" + n + EXTENSION);
        return p;
    }

    /** "North Trust plan-1a2b3c4d_": the plan's own name, made safe for any file system, and a path fingerprint. */
    static String prefix(Path plan) {
        plan = RealPath.of(plan);
        String name = plan.getFileName().toString();
        if (name.toLowerCase().endsWith(EXTENSION)) name = name.substring(0, name.length() - EXTENSION.length());
        String safe = name.replaceAll("[^\\p{L}\\p{N} ._-]", "_");
        if (safe.length() > 60) safe = safe.substring(0, 60);
        return safe + "-" + fingerprint(plan) + "_";
    }

    private static String fingerprint(Path plan) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(plan.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads time and reason back from a backup's name; {@code from} skips the plan prefix when it is known. */
    static java.util.Optional<BackupInfo> parse(Path file, int from) {
        String n = file.getFileName().toString();
        if (!n.endsWith(EXTENSION)) return java.util.Optional.empty();
        n = n.substring(0, n.length() - EXTENSION.length());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("_(\\d{8}-\\d{6}-\\d{3})_([a-z0-9-]+?)(?:-\\d+)?$").matcher(n);
        if (!m.find(Math.max(0, from - 1))) return java.util.Optional.empty();
        try {
            Instant taken = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
            return java.util.Optional.of(new BackupInfo(file, taken, Files.size(file), m.group(2)));
        } catch (RuntimeException | IOException e) {
            return java.util.Optional.empty();
        }
    }

    public static Path sidecar(Path db, String suffix) { return db.resolveSibling(db.getFileName() + suffix); }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes the rename itself durable: without this a power cut can lose the new name even though the data is on disk. */
    private static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder this way; NTFS journals the rename itself.
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // an orphan .partial is harmless: it is never listed as a backup
        }
    }
}
