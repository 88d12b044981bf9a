package org.waymark.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.Preferences;
import org.waymark.app.infra.PreferencesStore;
import org.waymark.ui.command.Command;
import org.waymark.ui.command.CommandStack;
import org.waymark.ui.command.PlanEdits;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.DialogService;

import java.util.function.Consumer;

/**
 * What the views of one open plan share: the session, the edits they may make (as undoable commands), the one
 * background executor, the dialog service and the user's preferences. Read-only mode is a property here so
 * every editing control can bind its disabled state to it.
 */
public final class PlanContext {

    private final PlanSession session;
    private final PlanEdits edits;
    private final CommandStack commands;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper readOnly;
    private final ObjectProperty<Preferences> preferences;
    private final PreferencesStore preferencesStore;
    private boolean paused;

    public PlanContext(PlanSession session, CommandStack commands, BackgroundExecutor executor, DialogService dialogs,
                       ObjectProperty<Preferences> preferences, PreferencesStore preferencesStore) {
        this.session = session;
        this.edits = new PlanEdits(session);
        this.commands = commands;
        this.executor = executor;
        this.dialogs = dialogs;
        this.readOnly = new ReadOnlyBooleanWrapper(session.readOnly());
        this.preferences = preferences == null ? new SimpleObjectProperty<>(Preferences.defaults()) : preferences;
        this.preferencesStore = preferencesStore;
    }

    public PlanSession session() { return session; }
    public PlanEdits edits() { return edits; }
    public CommandStack commands() { return commands; }
    public BackgroundExecutor executor() { return executor; }
    public DialogService dialogs() { return dialogs; }
    public ReadOnlyBooleanProperty readOnly() { return readOnly.getReadOnlyProperty(); }
    public ObjectProperty<Preferences> preferences() { return preferences; }

    /**
     * A shared plan's server cannot be reached: every editing control goes read-only (keeping what is typed in it)
     * until it is back. FX thread only.
     */
    public void pause(boolean serverAway) {
        paused = serverAway;
        readOnly.set(session.readOnly() || serverAway);
    }

    public boolean paused() { return paused; }

    /** Runs an edit; refusals go to {@code onRefused} so the view can show them beside the field. */
    public void perform(Command c, Runnable onDone, Consumer<Throwable> onRefused) {
        if (paused) {
            dialogs.info("Changes are paused", "The shared plan's server cannot be reached, so nothing can be saved just now. "
                    + "What you typed is kept; Waymark reconnects by itself when the server is back.");
            return;
        }
        if (session.readOnly()) {
            dialogs.info("Read-only", "This plan is open read-only, so nothing can be changed. Open it for editing to make changes.");
            return;
        }
        commands.perform(c, onDone, onRefused);
    }

    public void savePreferences(Preferences p) {
        preferences.set(p);
        if (preferencesStore == null) return;
        executor.run("Saving preferences…", () -> { preferencesStore.save(p); return null; }, r -> { });
    }
}
