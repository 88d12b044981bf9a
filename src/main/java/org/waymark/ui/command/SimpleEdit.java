package org.waymark.ui.command;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A command built from its three steps, for edits whose undo is a single service call. */
final class SimpleEdit implements Command {

    interface Step { void run(); }

    private final String description;
    private final Step execute;
    private final Step undo;
    private final Step redo;

    SimpleEdit(String description, Step execute, Step undo, Step redo) {
        this.description = description;
        this.execute = execute;
        this.undo = undo;
        this.redo = redo;
    }

    /**
     * An edit whose service call returns what its undo needs: the record it created, or what it replaced. The
     * command keeps that answer, so an undo never reloads the plan to look for it; a redo runs the edit again and
     * keeps the new answer (a re-created row may have a new id).
     */
    static <R> Command keeping(String description, Supplier<R> edit, Consumer<R> undo) {
        AtomicReference<R> kept = new AtomicReference<>();
        Step run = () -> kept.set(edit.get());
        return new SimpleEdit(description, run, () -> undo.accept(kept.get()), run);
    }

    @Override public String description() { return description; }
    @Override public void execute() { execute.run(); }
    @Override public void undo() { undo.run(); }
    @Override public void redo() { redo.run(); }
}
