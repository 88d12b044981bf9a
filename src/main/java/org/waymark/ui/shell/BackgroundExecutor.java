package org.waymark.ui.shell;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
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
 * The one place plan and file work runs (JabRef's TaskExecutor is the model): a single worker thread, so reads
 * and writes happen in the order the user made them and a read never races a write, and results come back on the
 * FX thread. Work is either a plain {@link Callable} or a JavaFX {@link Task} with a title, progress and cancel.
 * The status bar binds to {@link #busy()}, {@link #message()} and {@link #progress()}.
 */
public final class BackgroundExecutor {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "waymark-work");
        t.setDaemon(true);
        return t;
    });
    /**
     * A second lane for reads that need no place in that order because they use a connection of their own and never
     * write: the start-up look at a plan while the worker runs the safe open (see {@link #alongside}).
     */
    private final ExecutorService look = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "waymark-look");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** What a progress bar reads as "cannot tell how far". */
    private static final double INDETERMINATE = -1;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(INDETERMINATE);
    private final Consumer<Throwable> unexpected;

    /** @param unexpected where failures go when the caller gives no handler of its own */
    public BackgroundExecutor(Consumer<Throwable> unexpected) {
        this.unexpected = unexpected;
    }

    public ReadOnlyBooleanProperty busy() { return busy.getReadOnlyProperty(); }

    public ReadOnlyStringProperty message() { return message.getReadOnlyProperty(); }

    /** The running task's progress from 0 to 1, or -1 when it cannot tell (a plain read or write). */
    public ReadOnlyDoubleProperty progress() { return progress.getReadOnlyProperty(); }

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

    /**
     * Runs a read beside the worker rather than after it, with the result back on the FX thread. Only for a read on
     * its own read-only connection, whose result the caller may drop: it is not counted in {@link #busy()} and is
     * not waited for by {@link #afterPending} or {@link #awaitIdle}.
     */
    public <T> void alongside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        look.execute(() -> {
            try {
                T result = work.call();
                fx(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                fx(() -> onFailure.accept(e));
            }
        });
    }

    /**
     * Queues a task: {@code what} (then any title the task sets) shows in the status bar while it runs, its progress drives the status-bar progress,
     * {@code task.cancel()} stops it, and its handlers ({@code setOnSucceeded}, {@code setOnFailed}) run on the FX
     * thread. Call on the FX thread.
     */
    public <T> Task<T> start(String what, Task<T> task) {
        started(what);
        task.progressProperty().addListener((o, a, b) -> { if (task.isRunning()) progress.set(b.doubleValue()); });
        task.titleProperty().addListener((o, a, b) -> { if (task.isRunning() && b != null && !b.isEmpty()) message.set(b); });
        task.stateProperty().addListener((o, a, b) -> {
            if (b == Worker.State.SUCCEEDED || b == Worker.State.FAILED || b == Worker.State.CANCELLED) finished();
        });
        worker.execute(task);
        return task;
    }

    /** Runs {@code then} on the FX thread once all work queued so far has run and delivered its result. */
    public void afterPending(Runnable then) {
        worker.execute(() -> fx(then));
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
        look.shutdown();
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
            progress.set(INDETERMINATE);
        }
    }

    private static void fx(Runnable r) {
        Platform.runLater(r);
    }
}
