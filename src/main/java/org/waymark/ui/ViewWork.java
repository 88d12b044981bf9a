package org.waymark.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A view's slow work, through the window's one executor: a loading flag that spinners and tests watch, the result
 * handed back on the FX thread, and any failure shown in an error dialog titled for the view.
 */
public final class ViewWork {

    private final PlanContext ctx;
    private final String title;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public ViewWork(PlanContext ctx, String title) {
        this.ctx = ctx;
        this.title = title;
    }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    public <T> void run(Callable<T> job, Consumer<T> done) {
        loading.set(true);
        ctx.executor().run(null, job, r -> {
            loading.set(false);
            done.accept(r);
        }, e -> {
            loading.set(false);
            ctx.dialogs().error(title, e.getMessage() == null ? e.toString() : e.getMessage());
        });
    }
}
