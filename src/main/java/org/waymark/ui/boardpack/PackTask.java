package org.waymark.ui.boardpack;

import javafx.concurrent.Task;
import org.waymark.app.BoardPackExporter;

/**
 * Background work on the pack that is its own progress sink: the exporter reports, the bar follows, and Cancel
 * stops it (Task's own isCancelled() answers the exporter's question).
 */
abstract class PackTask<T> extends Task<T> implements BoardPackExporter.Progress {

    @Override public void update(double fraction, String message) {
        updateProgress(fraction, 1);
        updateMessage(message);
    }
}
