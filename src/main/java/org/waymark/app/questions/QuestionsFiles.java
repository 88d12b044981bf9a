package org.waymark.app.questions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import org.waymark.app.Json;
import org.waymark.app.Refused;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Reads and writes questions files. Reading is defensive, because the file has travelled by e-mail: a size limit
 * before anything is parsed, strict JSON, and a message for each way a file can be wrong that says what to do.
 */
public final class QuestionsFiles {

    /** A board's questions are a few kilobytes; anything far bigger is not a questions file. */
    static final long MAX_BYTES = 1 << 20;
    public static final String SUFFIX = ".board-questions.json";

    private static final ObjectReader READER = Json.mapper().readerFor(QuestionsFile.class)
            .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private QuestionsFiles() {}

    /**
     * "Jane Smith - Trust Board 29-11-2026.board-questions.json": named for the member and the meeting (with its date,
     * as meetings often share a name), safe on every system.
     */
    public static String fileName(String member, String meeting, LocalDate date) {
        return safe(member) + " - " + safe(meeting) + (date == null ? "" : " " + date.format(DAY)) + SUFFIX;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static String safe(String s) {
        String t = s == null ? "" : s.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_");
        if (t.length() > 60) t = t.substring(0, 60).strip();
        return t.isEmpty() ? "board" : t;
    }

    public static QuestionsFile read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new Refused("file", name + " is not there or is not a file. Choose the questions file the board member sent.");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read at most one byte past the limit, so a huge file is refused without being loaded.
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Refused("file", name + " cannot be read (" + e.getMessage() + "). Check the file is not open elsewhere and try again.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("file", name + " is larger than " + (MAX_BYTES >> 10) + " KB, far more than a board's questions. "
                    + "Ask the board member for the " + SUFFIX + " file Waymark saved for them.");
        }
        QuestionsFile q;
        try {
            q = READER.readValue(bytes);
        } catch (IOException e) {
            throw new Refused("file", name + " is not a Waymark questions file: it is not readable JSON ("
                    + firstLine(e.getMessage()) + "). Ask the board member to send the file again, unedited.");
        }
        if (q == null || !QuestionsFile.FORMAT.equals(q.format())) {
            throw new Refused("file", name + " is not a Waymark questions file. Ask the board member for the " + SUFFIX + " file Waymark saved for them.");
        }
        if (q.version() > QuestionsFile.VERSION) {
            throw new Refused("file", name + " was written by a newer version of Waymark. Update Waymark, then read it again.");
        }
        return q;
    }

    /** Writes through a temporary file and a rename, so a file being saved is never seen half-written. */
    public static void write(QuestionsFile q, Path target) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.write(tmp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(q).getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* the message below is what matters */ }
            throw new Refused("file", "The questions could not be saved to " + target + " (" + e.getMessage()
                    + "). Choose a folder you can write to.");
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        String line = s.lines().findFirst().orElse(s);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
