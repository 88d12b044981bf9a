package org.waymark.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Makes the board-pack PDF. Defined here so the window can use it without knowing the report layer; the launcher
 * registers the implementation with {@link Ports}.
 */
public interface BoardPackExporter {

    /** Told how far the work has got; answering true to {@link #isCancelled()} stops it with {@link Cancelled}. */
    interface Progress {
        void update(double fraction, String message);

        default boolean isCancelled() { return false; }

        /** Something the reader of the finished file should know, e.g. characters the pack could not show. */
        default void warn(String message) {}

        Progress NONE = (f, m) -> {};
    }

    /** Thrown when the user cancelled: nothing has been written. */
    final class Cancelled extends RuntimeException {
        public Cancelled() { super("Export cancelled; no file was written."); }
    }

    /** Writes the pack to {@code target} all or nothing: a failure or cancel leaves no partial file. */
    void export(PlanSession session, long meetingId, Set<PackSection> sections, Path target, Progress progress);

    /** Renders the first {@code maxPages} pages of the pack as PNG images, for a preview. */
    List<byte[]> preview(PlanSession session, long meetingId, Set<PackSection> sections, int maxPages, float dpi, Progress progress);
}
