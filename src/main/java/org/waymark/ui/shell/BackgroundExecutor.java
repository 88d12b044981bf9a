package org.waymark.ui.shell;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one place SQL and file work runs: a single worker thread, so writes to the plan happen in the order the
 * user made them, and results come back on the FX thread. The window binds a progress bar to {@link #busy()}.
 */
public final class BackgroundExecutor {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "waymark-work");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Consumer<Throwable> unexpected;

    /** @param unexpected where failures go when the caller gives no handler of its own */
    public BackgroundExecutor(Consumer<Throwable> unexpected) {
        this.unexpected = unexpected;
    }

    public ReadOnlyBooleanProperty busy() { return busy.getReadOnlyProperty(); }

    public ReadOnlyStringProperty message() { return message.getReadOnlyProperty(); }

    public <T> void run(String what, Callable<T> work, Consumer<T> onSuccess) {
        run(what, work, onSuccess, unexpected);
    }

    public <T> void run(String what, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        started(what);
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                fx(() -> { finished(); (onFailure == null ? unexpected : onFailure).accept(e); });
                return;
            }
            fx(() -> { finished(); if (onSuccess != null) onSuccess.accept(result); });
        });
    }

    /** Waits until everything queued so far has run and its results were delivered; for tests and shutdown. */
    public void awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        worker.execute(() -> fx(done::countDown));
        if (Platform.isFxApplicationThread()) throw new IllegalStateException("awaitIdle would deadlock on the FX thread");
        done.await(timeout, unit);
    }

    public void shutdown() {
        worker.shutdown();
    }

    private void started(String what) {
        Runnable r = () -> {
            pending.incrementAndGet();
            busy.set(true);
            message.set(what == null ? "" : what);
        };
        if (Platform.isFxApplicationThread()) r.run(); else Platform.runLater(r);
    }

    private void finished() {
        if (pending.decrementAndGet() <= 0) {
            pending.set(0);
            busy.set(false);
            message.set("");
        }
    }

    private static void fx(Runnable r) {
        Platform.runLater(r);
    }
}
