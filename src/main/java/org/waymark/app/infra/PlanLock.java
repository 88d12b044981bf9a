package org.waymark.app.infra;

import org.waymark.app.RealPath;
import org.waymark.app.Json;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The lock file beside a plan ({@code plan.waymark.lock}) that tells a second person, perhaps on another PC
 * reading the same shared drive, who is editing it. SQLite's own locking already keeps concurrent writers from
 * corrupting the file; this lock is what lets us say <em>who</em> and fall back to read-only instead.
 *
 * <p>Taken with an exclusive create, so of two people opening at once exactly one wins. The holder refreshes a
 * heartbeat; a lock whose process is gone (same computer) or whose heartbeat is older than the window (a crash
 * anywhere) is stale and is cleared by moving it aside first, so two people clearing at once cannot remove a
 * fresh lock.
 */
public final class PlanLock implements AutoCloseable {

    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofMinutes(3);

    /** The outcome of trying to take the lock: it is ours, or someone else holds it. */
    public sealed interface Attempt permits Taken, HeldBy {}
    public record Taken(PlanLock lock) implements Attempt {}
    public record HeldBy(LockInfo holder) implements Attempt {}

    private static final ObjectMapper JSON = Json.mapper();

    private final Path lockFile;
    private final LockInfo info;
    private final Clock clock;
    private final ScheduledExecutorService heartbeat;
    private volatile boolean released;

    private PlanLock(Path lockFile, LockInfo info, Clock clock, Duration every) {
        this.lockFile = lockFile;
        this.info = info;
        this.clock = clock;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plan-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static Path lockFileOf(Path plan) {
        plan = RealPath.of(plan);
        Path abs = plan.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".lock");
    }

    public static Attempt acquire(Path plan, String user, Clock clock) {
        return acquire(plan, user, clock, DEFAULT_HEARTBEAT, DEFAULT_STALE_AFTER);
    }

    public static Attempt acquire(Path plan, String user, Clock clock, Duration heartbeatEvery, Duration staleAfter) {
        Path lockFile = lockFileOf(plan);
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                Instant now = clock.instant();
                LockInfo mine = new LockInfo(user, hostName(), ProcessHandle.current().pid(), now, now, UUID.randomUUID().toString());
                if (writeNew(lockFile, mine)) return new Taken(new PlanLock(lockFile, mine, clock, heartbeatEvery));
                Optional<LockInfo> holder = read(lockFile);
                if (holder.isEmpty()) {
                    if (!Files.exists(lockFile)) continue; // released between our two looks
                    if (!unreadableIsStale(lockFile, clock, staleAfter)) return new HeldBy(unknownHolder(lockFile));
                    clearStale(lockFile, null);
                    continue;
                }
                if (!isStale(holder.get(), clock, staleAfter)) return new HeldBy(holder.get());
                clearStale(lockFile, holder.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(lockFile).<Attempt>map(HeldBy::new).orElseGet(() -> new HeldBy(unknownHolder(lockFile)));
    }

    /** The lock's holder, if the file is there and readable. */
    public static Optional<LockInfo> read(Path lockFile) {
        try {
            byte[] bytes = Files.readAllBytes(lockFile);
            if (bytes.length == 0) return Optional.empty();
            return Optional.of(JSON.readValue(bytes, LockInfo.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // half-written or damaged: treated by age alone
        }
    }

    /** Stale: its process is gone from this computer, or it stopped beating. */
    static boolean isStale(LockInfo holder, Clock clock, Duration staleAfter) {
        if (holder.host().equals(hostName())) {
            Optional<ProcessHandle> p = ProcessHandle.of(holder.pid());
            if (p.isEmpty() || !p.get().isAlive()) return true;
        }
        return holder.heartbeat().plus(staleAfter).isBefore(clock.instant());
    }

    private static boolean unreadableIsStale(Path lockFile, Clock clock, Duration staleAfter) throws IOException {
        try {
            return Files.getLastModifiedTime(lockFile).toInstant().plus(staleAfter).isBefore(clock.instant());
        } catch (NoSuchFileException e) {
            return true;
        }
    }

    private static LockInfo unknownHolder(Path lockFile) {
        Instant since;
        try {
            since = Files.getLastModifiedTime(lockFile).toInstant();
        } catch (IOException e) {
            since = Instant.now();
        }
        return new LockInfo("another user", "an unknown computer", -1, since, since, "");
    }

    /** Moves the stale lock aside; only if what was moved is still the stale one is it deleted. */
    private static void clearStale(Path lockFile, LockInfo stale) throws IOException {
        Path aside = lockFile.resolveSibling(lockFile.getFileName() + ".stale-" + UUID.randomUUID());
        try {
            Files.move(lockFile, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return;
        }
        Optional<LockInfo> moved = read(aside);
        boolean sameLock = stale == null ? moved.isEmpty() : moved.map(m -> m.token().equals(stale.token())).orElse(false);
        if (sameLock) {
            Files.deleteIfExists(aside);
        } else {
            // Someone took a fresh lock between our read and our move: put it back untouched.
            try {
                Files.move(aside, lockFile, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException other) {
                Files.deleteIfExists(aside);
            }
        }
    }

    /**
     * Creates the lock only if there is none; false if one is already there. The content is written to a
     * temporary file first and then hard-linked into place, which is atomic and fails if the lock exists, so a
     * rival opener never reads a lock that exists but is still empty.
     */
    private static boolean writeNew(Path lockFile, LockInfo info) throws IOException {
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(info);
        Path tmp = lockFile.resolveSibling(lockFile.getFileName() + ".new-" + info.token());
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
            ch.force(true);
        }
        try {
            Files.createLink(lockFile, tmp);
            return true;
        } catch (FileAlreadyExistsException held) {
            return false;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException noLinks) {
            // Some shared drives refuse hard links; fall back to an exclusive create.
            return writeNewWithoutLinks(lockFile, bytes);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** File systems without hard links: an exclusive create, then the content. */
    private static boolean writeNewWithoutLinks(Path lockFile, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
            ch.force(true);
            return true;
        } catch (FileAlreadyExistsException held) {
            return false;
        }
    }

    /** Rewrites the lock through a temporary file and an atomic rename, so a reader never sees half a lock. */
    private void beat() {
        if (released) return;
        try {
            Optional<LockInfo> now = read(lockFile);
            if (now.isEmpty() || !now.get().token().equals(info.token())) return; // cleared as stale by someone else
            LockInfo fresh = new LockInfo(info.user(), info.host(), info.pid(), info.since(), clock.instant(), info.token());
            Path tmp = lockFile.resolveSibling(lockFile.getFileName() + ".tmp-" + info.token());
            Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(fresh));
            Files.move(tmp, lockFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            // A missed beat only makes the lock look stale sooner; the plan itself is safe either way.
        }
    }

    public LockInfo info() { return info; }

    public Path file() { return lockFile; }

    /** Removes the lock file, but only while it is still ours. */
    @Override
    public synchronized void close() {
        if (released) return;
        released = true;
        heartbeat.shutdownNow();
        Optional<LockInfo> now = read(lockFile);
        if (now.isPresent() && now.get().token().equals(info.token())) {
            try {
                Files.deleteIfExists(lockFile);
            } catch (IOException ignored) {
                // Left behind, it will be found stale by the next opener and cleared.
            }
        }
    }

    /** Looked up once: a slow name service should cost one delay per run, not one per open. */
    static String hostName() { return Host.NAME; }

    private static final class Host {
        static final String NAME = lookUp();

        private static String lookUp() {
            String env = System.getenv(System.getProperty("os.name", "").toLowerCase().contains("win") ? "COMPUTERNAME" : "HOSTNAME");
            if (env != null && !env.isBlank()) return env;
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "this computer";
            }
        }
    }
}
