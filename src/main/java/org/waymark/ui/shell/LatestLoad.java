package org.waymark.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A view's reload, run on the {@link BackgroundExecutor}. Only the newest load is shown: one that was overtaken
 * by a later refresh finishes unseen, so a slow read can never paint stale data over fresh.
 */
public final class LatestLoad {

    private final BackgroundExecutor executor;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private long generation;

    public LatestLoad(BackgroundExecutor executor) { this.executor = executor; }

    /** True while a load (or other background work the view marks with {@link #busy}) is under way. */
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    public void busy(boolean busy) { loading.set(busy); }

    public <T> void run(Callable<T> work, Consumer<T> show, Consumer<Throwable> failed) {
        long mine = ++generation;
        loading.set(true);
        executor.run(null, work, result -> {
            if (mine != generation) return;
            show.accept(result);
            loading.set(false);
        }, error -> {
            if (mine != generation) return;
            failed.accept(error);
            loading.set(false);
        });
    }
}
