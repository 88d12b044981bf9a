package org.waymark.ui.shell;

import org.junit.jupiter.api.Test;
import org.waymark.app.PlanException;
import org.waymark.app.Refused;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What reaches the app's log: a refusal the person was shown is a warning; anything else is an unexpected failure. */
class ErrorReporterTest {

    @Test void aRefusalShownToThePersonIsAWarningAndAnythingElseIsSevere() {
        List<LogRecord> records = new ArrayList<>();
        Handler keep = new Handler() {
            @Override public void publish(LogRecord r) { records.add(r); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        Logger log = Logger.getLogger("org.waymark.ui");
        log.addHandler(keep);
        try {
            ErrorReporter errors = new ErrorReporter(Path.of("logs"), null);
            errors.log(new PlanException(PlanException.Kind.INVALID, "The database is not empty.", null));
            errors.log(new Refused("to", "Publish to a shared plan's address."));
            errors.log(new IllegalStateException("a bug"));
        } finally {
            log.removeHandler(keep);
        }
        assertEquals(List.of(Level.WARNING, Level.WARNING, Level.SEVERE), records.stream().map(LogRecord::getLevel).toList());
        assertEquals("Shown to the user: The database is not empty.", records.get(0).getMessage());
        assertEquals("Unexpected failure", records.get(2).getMessage());
    }
}
