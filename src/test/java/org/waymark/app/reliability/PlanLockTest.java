package org.waymark.app.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.Json;
import org.waymark.app.infra.LockInfo;
import org.waymark.app.infra.PlanLock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** The lock file's rules, in one JVM: exclusive, names its holder, stale when its holder is gone or silent. */
class PlanLockTest {

    @TempDir Path dir;

    Path plan() { return dir.resolve("plan.waymark"); }

    void writeLock(LockInfo info) throws Exception {
        Files.write(PlanLock.lockFileOf(plan()), Json.mapper().writeValueAsBytes(info));
    }

    @Test
    void ofEightOpenersRacingExactlyOneTakesTheLock() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<PlanLock.Attempt>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String user = "user" + i;
            attempts.add(pool.submit(() -> { go.await(); return PlanLock.acquire(plan(), user, Clock.systemUTC()); }));
        }
        go.countDown();
        int taken = 0;
        String winner = null;
        List<PlanLock.Attempt> results = new ArrayList<>();
        for (Future<PlanLock.Attempt> f : attempts) results.add(f.get());
        for (PlanLock.Attempt a : results) if (a instanceof PlanLock.Taken t) { taken++; winner = t.lock().info().user(); }
        assertEquals(1, taken);
        for (PlanLock.Attempt a : results) if (a instanceof PlanLock.HeldBy h) assertEquals(winner, h.holder().user());
        pool.shutdown();
        for (PlanLock.Attempt a : results) if (a instanceof PlanLock.Taken t) t.lock().close();
        assertFalse(Files.exists(PlanLock.lockFileOf(plan())));
    }

    @Test
    void aLockFromAnotherComputerIsHeldUntilItsHeartbeatStops() throws Exception {
        Instant now = Instant.now();
        writeLock(new LockInfo("Ward manager", "OTHER-PC", 12345, now.minus(Duration.ofHours(2)), now.minusSeconds(20), "t1"));
        var held = assertInstanceOf(PlanLock.HeldBy.class, PlanLock.acquire(plan(), "PMO lead", Clock.systemUTC()));
        assertEquals("OTHER-PC", held.holder().host());
        assertTrue(held.holder().describe().startsWith("Ward manager on OTHER-PC since "));

        writeLock(new LockInfo("Ward manager", "OTHER-PC", 12345, now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(10)), "t2"));
        var taken = assertInstanceOf(PlanLock.Taken.class, PlanLock.acquire(plan(), "PMO lead", Clock.systemUTC()));
        taken.lock().close();
    }

    @Test
    void theHolderKeepsItsHeartbeatFresh() throws Exception {
        var taken = assertInstanceOf(PlanLock.Taken.class,
                PlanLock.acquire(plan(), "PMO lead", Clock.systemUTC(), Duration.ofMillis(50), Duration.ofSeconds(1)));
        Instant first = PlanLock.read(PlanLock.lockFileOf(plan())).orElseThrow().heartbeat();
        Thread.sleep(400);
        LockInfo later = PlanLock.read(PlanLock.lockFileOf(plan())).orElseThrow();
        assertTrue(later.heartbeat().isAfter(first), "heartbeat moved on");
        assertEquals(taken.lock().info().since(), later.since(), "'since' stays the time it was opened");
        // Seen from a clock two seconds later, a beating lock is still held.
        Clock later2s = Clock.fixed(Instant.now().plusMillis(500), ZoneOffset.UTC);
        assertInstanceOf(PlanLock.HeldBy.class, PlanLock.acquire(plan(), "other", later2s, Duration.ofMillis(50), Duration.ofSeconds(1)));
        taken.lock().close();
    }

    @Test
    void aHalfWrittenLockIsHeldWhileFreshAndClearedWhenOld() throws Exception {
        Path lock = PlanLock.lockFileOf(plan());
        Files.writeString(lock, "{\"user\":\"Ward ma");
        var held = assertInstanceOf(PlanLock.HeldBy.class, PlanLock.acquire(plan(), "PMO lead", Clock.systemUTC()));
        assertEquals("another user", held.holder().user());
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        var taken = assertInstanceOf(PlanLock.Taken.class, PlanLock.acquire(plan(), "PMO lead", Clock.systemUTC()));
        taken.lock().close();
    }

    @Test
    void closingOnlyRemovesOurOwnLock() throws Exception {
        var taken = assertInstanceOf(PlanLock.Taken.class, PlanLock.acquire(plan(), "PMO lead", Clock.systemUTC()));
        // Someone else judged it stale and took it over: our close must leave theirs alone.
        writeLock(new LockInfo("Ward manager", "OTHER-PC", 1, Instant.now(), Instant.now(), "theirs"));
        taken.lock().close();
        assertEquals("theirs", PlanLock.read(PlanLock.lockFileOf(plan())).orElseThrow().token());
        try (var stream = Files.list(dir)) {
            assertEquals(List.of(PlanLock.lockFileOf(plan()).getFileName().toString()), stream.map(p -> p.getFileName().toString()).toList(), "no temp or stale files left");
        }
    }
}
