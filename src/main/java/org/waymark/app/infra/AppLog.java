package org.waymark.app.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log file in the per-user logs folder ({@code waymark-0.0.log}, rolled at 1 MB, three kept). The installed
 * window has no console on Windows, so an error nobody caught would otherwise leave no trace.
 */
public final class AppLog {

    static final int LIMIT_BYTES = 1024 * 1024;
    static final int FILES = 3;
    private static FutureTask<Boolean> opening;

    private AppLog() {}

    /**
     * Sends java.util.logging and uncaught exceptions to the log file; harmless to call again. Starting the logging
     * system and opening the file took a tenth of the window's start-up, so that happens on its own thread; an
     * uncaught error waits for it.
     */
    public static synchronized void install(Path logs) {
        if (opening != null) return;
        keepDependenciesOffTheConsole();
        opening = new FutureTask<>(() -> open(logs));
        Thread thread = new Thread(opening, "log-file");
        thread.setDaemon(true);
        thread.start();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, error) -> {
            if (awaitOpen()) Logger.getLogger("org.waymark").log(Level.SEVERE, "Uncaught in thread " + t.getName(), error);
            if (previous != null) previous.uncaughtException(t, error);
            else error.printStackTrace();
        });
    }

    /**
     * The console handler java.util.logging starts with shows only the app's own records: a library's warning (POI's
     * "FATAL XMLHelper" on a refused file, PDFBox's font notes) belongs in the log file, and the user sees the app's
     * message about it instead.
     */
    static void keepDependenciesOffTheConsole() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (h instanceof ConsoleHandler) h.setFilter(r -> r.getLoggerName() != null && r.getLoggerName().startsWith("org.waymark"));
        }
    }

    private static boolean open(Path logs) {
        try {
            // %u keeps a second running copy of the app from fighting over the same file.
            FileHandler file = new FileHandler(logs.resolve("waymark-%u.%g.log").toString(), LIMIT_BYTES, FILES, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(file);
            return true;
        } catch (IOException | SecurityException e) {
            System.err.println("Logging to " + logs + " is off: " + e.getMessage());
            return false;
        }
    }

    private static boolean awaitOpen() {
        try {
            return opening.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
