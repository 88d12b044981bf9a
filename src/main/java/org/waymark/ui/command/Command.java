package org.waymark.ui.command;

/**
 * One edit the user made, which can be taken back and made again (Scene Builder's Job pattern). Each method
 * is one audited change to the plan, so an undo shows in the audit trail like any other change. Methods run on
 * the background executor, never the FX thread.
 */
public interface Command {

    /** Shown in Edit › Undo "…" and in the audit trail's reason. */
    String description();

    void execute();

    void undo();

    default void redo() { execute(); }
}
