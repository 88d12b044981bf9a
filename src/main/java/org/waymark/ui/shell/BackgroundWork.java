package org.waymark.ui.shell;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs plan reads and writes off the FX thread, one at a time (the plan file is one SQLite connection), and
 * hands the result back on the FX thread. Views use it so that SQL never blocks the window.
 */
public final class BackgroundWork {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "waymark-view-work");
        t.setDaemon(true);
        return t;
    });

    private BackgroundWork() {}

    public static <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        WORKER.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onFailed.accept(e));
            }
        });
    }

    /** Runs {@code then} on the FX thread once all work queued so far has finished and delivered its result. */
    public static void afterPending(Runnable then) {
        WORKER.execute(() -> Platform.runLater(then));
    }
}
