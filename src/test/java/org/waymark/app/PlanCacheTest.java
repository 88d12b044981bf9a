package org.waymark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.Organisation;
import org.waymark.domain.Plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The session caches the loaded plan. A read that began before a write must never put its (older) plan back into
 * the cache after the write has cleared it, or every later read shows the plan as it was before the write.
 */
class PlanCacheTest {

    @TempDir Path dir;

    @Test
    void aReadOvertakenByAWriteDoesNotRefillTheCache() {
        try (PlanSession s = TestPlans.empty(dir)) {
            SettingsService settings = new SettingsService(s);
            Organisation interim = Organisation.named("Interim Trust");
            // A write beyond the action rows empties the cache (it cannot be refreshed in place), so the next plan() loads.
            settings.saveOrganisation(s.plan().organisation(), interim);
            AtomicBoolean once = new AtomicBoolean();
            s.cache.afterLoad = () -> {
                // The write lands between this read's load and its caching: exactly the window of the race.
                if (once.compareAndSet(false, true)) settings.saveOrganisation(interim, Organisation.named("Renamed Trust"));
            };
            Plan duringWrite = s.plan();
            s.cache.afterLoad = () -> { };
            assertEquals(interim.name(), duringWrite.organisation().name(), "the read itself began before the write");
            assertEquals("Renamed Trust", s.plan().organisation().name(), "the next read shows the write");
        }
    }

    /**
     * Seeded and concurrent: readers hammer {@code plan()} while one writer renames the organisation; after each
     * write returns, the writer's own read must show what the reference (the last name written) says.
     */
    @Test
    void concurrentReadersNeverHideAWrite() throws Exception {
        for (long seed = 1; seed <= 2; seed++) {
            try (PlanSession s = PlanSession.create(dir.resolve("plan-" + seed + ".waymark"), "Trust 0", "tester", TestPlans.CLOCK)) {
                SettingsService settings = new SettingsService(s);
                Random random = new Random(seed);
                AtomicBoolean stop = new AtomicBoolean();
                AtomicReference<Throwable> readerFailure = new AtomicReference<>();
                List<Thread> readers = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    Thread t = new Thread(() -> {
                        try {
                            while (!stop.get()) s.plan();
                        } catch (Throwable e) {
                            readerFailure.set(e);
                        }
                    }, "reader-" + r);
                    t.setDaemon(true);
                    t.start();
                    readers.add(t);
                }
                String reference = "Trust 0";
                try {
                    for (int i = 1; i <= 80; i++) {
                        String next = "Trust " + random.nextInt(1_000_000);
                        if (next.equals(reference)) continue;
                        settings.saveOrganisation(Organisation.named(reference), Organisation.named(next));
                        reference = next;
                        if (random.nextInt(4) == 0) Thread.yield();
                        assertEquals(reference, s.plan().organisation().name(), "seed " + seed + ", write " + i);
                    }
                } finally {
                    stop.set(true);
                    for (Thread t : readers) t.join();
                }
                if (readerFailure.get() != null) throw new AssertionError("a reader failed", readerFailure.get());
            }
        }
    }
}
