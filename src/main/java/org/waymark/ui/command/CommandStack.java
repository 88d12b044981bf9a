package org.waymark.ui.command;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.waymark.ui.shell.BackgroundExecutor;

import java.util.function.Consumer;

/**
 * The session's undo and redo history. Commands run on the one background executor; the stacks change on the
 * FX thread once the write has committed, and {@link #revision()} counts every change so views refresh.
 */
public final class CommandStack {

    private final BackgroundExecutor executor;
    private final Consumer<Throwable> defaultFailure;
    private final ObservableList<Command> undoable = FXCollections.observableArrayList();
    private final ObservableList<Command> redoable = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);

    public CommandStack(BackgroundExecutor executor, Consumer<Throwable> defaultFailure) {
        this.executor = executor;
        this.defaultFailure = defaultFailure;
    }

    public ReadOnlyLongProperty revision() { return revision.getReadOnlyProperty(); }

    public BooleanBinding canUndo() { return Bindings.isNotEmpty(undoable); }

    public BooleanBinding canRedo() { return Bindings.isNotEmpty(redoable); }

    public StringBinding undoText() {
        return Bindings.createStringBinding(() -> undoable.isEmpty() ? "Undo" : "Undo " + last(undoable).description(), undoable);
    }

    public StringBinding redoText() {
        return Bindings.createStringBinding(() -> redoable.isEmpty() ? "Redo" : "Redo " + last(redoable).description(), redoable);
    }

    public void perform(Command c) { perform(c, null, defaultFailure); }

    /** Runs a new edit; on success it becomes the newest undo and the redo history is dropped. */
    public void perform(Command c, Runnable onDone, Consumer<Throwable> onFailure) {
        executor.run(c.description() + "…", () -> { c.execute(); return c; }, done -> {
            undoable.add(c);
            redoable.clear();
            changed(onDone);
        }, onFailure == null ? defaultFailure : onFailure);
    }

    public void undo() {
        if (undoable.isEmpty()) return;
        Command c = undoable.remove(undoable.size() - 1);
        executor.run("Undoing " + c.description() + "…", () -> { c.undo(); return c; }, done -> {
            redoable.add(c);
            changed(null);
        }, e -> { undoable.add(c); defaultFailure.accept(e); });
    }

    public void redo() {
        if (redoable.isEmpty()) return;
        Command c = redoable.remove(redoable.size() - 1);
        executor.run("Redoing " + c.description() + "…", () -> { c.redo(); return c; }, done -> {
            undoable.add(c);
            changed(null);
        }, e -> { redoable.add(c); defaultFailure.accept(e); });
    }

    /** Forget everything, e.g. when another plan is opened. */
    public void clear() {
        undoable.clear();
        redoable.clear();
    }

    private void changed(Runnable onDone) {
        revision.set(revision.get() + 1);
        if (onDone != null) onDone.run();
    }

    private static Command last(ObservableList<Command> list) { return list.get(list.size() - 1); }
}
