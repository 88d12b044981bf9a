package org.waymark.ui.command;

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

    @Override public String description() { return description; }
    @Override public void execute() { execute.run(); }
    @Override public void undo() { undo.run(); }
    @Override public void redo() { redo.run(); }
}
