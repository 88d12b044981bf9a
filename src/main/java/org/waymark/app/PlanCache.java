package org.waymark.app;

import org.waymark.domain.Plan;
import org.waymark.store.PlanRefresh;

import java.sql.Connection;
import java.util.function.Function;

/**
 * The session's loaded plan. After a write it is not thrown away: the first read brings it up to date from the
 * rows written since ({@link PlanRefresh}), or loads the whole plan when that cannot be done. A read that a write
 * overtakes (the write committed after the read began) is returned to its caller but not cached, so an older plan
 * can never hide a newer write: a revision counter, bumped by every write, says whether one did.
 */
final class PlanCache {

    /** Runs a read in one consistent snapshot of the plan. */
    interface Reader { <T> T read(Function<Connection, T> query); }

    private final Object lock = new Object();
    private volatile PlanRefresh.Loaded current;
    /** The last plan read, kept after a write so the next read re-reads only what changed since. */
    private PlanRefresh.Loaded stale;
    private volatile long revision;
    /** Runs between reading a plan and caching it: where a write on another thread can slip in. Tests use it. */
    volatile Runnable afterLoad = () -> { };

    Plan plan(Reader db) {
        PlanRefresh.Loaded p = current;
        if (p != null) return p.plan();
        long before;
        PlanRefresh.Loaded since;
        synchronized (lock) {
            before = revision;
            since = stale;
        }
        p = since == null ? db.read(PlanRefresh::load) : db.read(c -> PlanRefresh.refresh(c, since).orElseGet(() -> PlanRefresh.load(c)));
        afterLoad.run();
        synchronized (lock) {
            if (revision == before) {
                current = p;
                stale = p;
            }
        }
        return p.plan();
    }

    /** A write has committed: the next read refreshes from the last plan read, so several writes cost one refresh. */
    void written() {
        synchronized (lock) {
            revision++;
            current = null;
        }
    }

    long revision() { return revision; }

    /** The audit row the cached plan was read at, or -1 before the first read. */
    long loadedHead() {
        synchronized (lock) {
            return stale == null ? -1 : stale.auditHead();
        }
    }
}
