package org.waymark.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log file in the per-user logs folder ({@code waymark-0.log}, rolled at 1 MB, three kept). The installed
 * window has no console on Windows, so an error nobody caught would otherwise leave no trace.
 */
public final class AppLog {

    static final int LIMIT_BYTES = 1024 * 1024;
    static final int FILES = 3;
    private static volatile FileHandler handler;

    private AppLog() {}

    /** Sends java.util.logging and uncaught exceptions to the log file; harmless to call again. */
    public static synchronized void install(Path logs) {
        if (handler != null) return;
        try {
            // %u keeps a second running copy of the app from fighting over the same file.
            FileHandler file = new FileHandler(logs.resolve("waymark-%u.%g.log").toString(), LIMIT_BYTES, FILES, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(file);
            handler = file;
        } catch (IOException | SecurityException e) {
            System.err.println("Logging to " + logs + " is off: " + e.getMessage());
            return;
        }
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            Logger.getLogger("org.waymark").log(Level.SEVERE, "Uncaught in thread " + thread.getName(), error);
            if (previous != null) previous.uncaughtException(thread, error);
            else error.printStackTrace();
        });
    }
}
