package org.waymark.ui.shell;

import javafx.application.Platform;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one handler for failures nobody expected: logs the stack trace through java.util.logging (which
 * {@code app.AppLog} sends to the rotating log files) and tells the user, in plain words, what happened and where
 * the details are. Whatever they typed stays in its field. The flows that explain a failure themselves (an open, a
 * publish) log it here too, as a warning.
 */
public final class ErrorReporter {

    private static final Logger LOG = Logger.getLogger("org.waymark.ui");

    private final Path logLocation;
    private final DialogService dialogs;

    /** {@code logLocation} is only shown to the user: where the log files are. */
    public ErrorReporter(Path logLocation, DialogService dialogs) {
        this.logLocation = logLocation;
        this.dialogs = dialogs;
    }

    public Path logLocation() { return logLocation; }

    /**
     * Catches exceptions on every thread, including the FX thread's event handlers. The handler already installed
     * (AppLog's, which writes the log file) still runs first; this one adds telling the user.
     */
    public void install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (previous == null) log(e); else previous.uncaughtException(t, e);
            tell(e);
        });
    }

    public void report(Throwable e) {
        log(e);
        tell(e);
    }

    private void tell(Throwable e) {
        String text = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "\n\nNothing you typed has been lost. The details are in the log files in:\n" + logLocation;
        Runnable show = () -> dialogs.error("Something went wrong", text);
        if (Platform.isFxApplicationThread()) show.run(); else Platform.runLater(show);
    }

    /**
     * A failure the person was told about in full (a plan that cannot be opened, a database that is not empty) is a
     * warning, its causes kept for whoever reads the log; anything else is the unexpected failure it is.
     */
    public void log(Throwable e) {
        if (e instanceof org.waymark.app.PlanException || e instanceof org.waymark.app.Refused) LOG.log(Level.WARNING, "Shown to the user: " + e.getMessage(), e);
        else LOG.log(Level.SEVERE, "Unexpected failure", e);
    }
}
