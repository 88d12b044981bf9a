package org.waymark.ui.shell;

import javafx.application.Platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The one handler for failures nobody expected: writes the stack trace to the log file and tells the user, in
 * plain words, what happened and where the details are. Whatever they typed stays in its field.
 */
public final class ErrorReporter {

    private final Path logFile;
    private final DialogService dialogs;

    public ErrorReporter(Path logFile, DialogService dialogs) {
        this.logFile = logFile;
        this.dialogs = dialogs;
    }

    public Path logFile() { return logFile; }

    /** Catches exceptions on every thread, including the FX thread's event handlers. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> report(e));
    }

    public void report(Throwable e) {
        log(e);
        String text = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "\n\nNothing you typed has been lost. The details are in the log file:\n" + logFile;
        Runnable show = () -> dialogs.error("Something went wrong", text);
        if (Platform.isFxApplicationThread()) show.run(); else Platform.runLater(show);
    }

    public void log(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, Instant.now() + " " + w + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            System.err.println(w); // the log folder is unwritable; stderr is the last place left
        }
    }
}
