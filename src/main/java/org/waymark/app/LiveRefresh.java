package org.waymark.app;

import org.waymark.store.ChangeFeed;
import org.waymark.store.StoreException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a window's shared plan live: a watcher thread asks the plan's {@link ChangeFeed} for the audit head every
 * {@link #EVERY}, and tells its {@link Listener} when someone else's change arrived, when the server cannot be
 * reached, and when it is back (after remaking the session's own connection). It never touches the session's
 * connection except to remake it, so it never waits behind the window's work. A plan file has none: one person
 * edits a file at a time.
 */
public final class LiveRefresh implements AutoCloseable {

    /** Told on the watcher thread; a window hands each call to its own thread. */
    public interface Listener {
        /** Others' changes, oldest first; the session's plan is already marked out of date. */
        void othersChanged(List<PlanChange> changes);
        /** The server cannot be reached: changes are paused until {@link #reachable()}. */
        void unreachable(String detail);
        /** The server is back and the session reconnected; anything missed arrives as {@link #othersChanged} next. */
        void reachable();
    }

    /** How often the head is asked for: well inside the 2 s in which a change must show. */
    static final Duration EVERY = Duration.ofMillis(400);
    /** Retries while the server is away: 0.5 s, doubling, at most {@link #LONGEST}. */
    static final Duration FIRST_RETRY = Duration.ofMillis(500);
    static final Duration LONGEST = Duration.ofSeconds(8);

    private final PlanSession session;
    private final ChangeFeed feed;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;

    private LiveRefresh(PlanSession session, ChangeFeed feed, Listener listener) {
        this.session = session;
        this.feed = feed;
        this.listener = listener;
        this.thread = new Thread(this::run, "waymark-live-refresh");
        thread.setDaemon(true);
    }

    /** Starts watching a shared plan; empty for a plan file. */
    public static Optional<LiveRefresh> start(PlanSession session, Listener listener) {
        return session.database().changeFeed().map(feed -> {
            LiveRefresh live = new LiveRefresh(session, feed, listener);
            session.closeAlso(live);
            live.thread.start();
            return live;
        });
    }

    private void run() {
        // From the head the window's plan was read at, so a change made between the open and the first ask is not missed.
        long known = session.cache.loadedHead();
        boolean away = false;
        Duration wait = FIRST_RETRY;
        while (!closed) {
            try {
                long head = feed.head();
                if (away) {
                    session.reconnect();
                    away = false;
                    wait = FIRST_RETRY;
                    session.othersWrote();
                    listener.reachable();
                }
                if (known >= 0 && head > known) arrived(known, head);
                known = head;
                pause(EVERY);
            } catch (StoreException | PlanException e) {
                if (closed) return;
                if (!away) {
                    away = true;
                    listener.unreachable(e.getMessage());
                }
                pause(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : wait.multipliedBy(2);
            }
        }
    }

    private void arrived(long known, long head) {
        List<PlanChange> others = feed.between(known, head).stream().filter(c -> !session.database().wroteRow(c.id()))
                .map(c -> new PlanChange(c.id(), c.entity(), c.entityId(), c.field(), c.who(), c.at())).toList();
        session.database().forgetOwnRowsUpTo(head);
        if (others.isEmpty()) return;
        session.othersWrote();
        listener.othersChanged(others);
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops watching; the feed's connection is closed by the watcher on its way out. */
    @Override public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        feed.close();
    }
}
