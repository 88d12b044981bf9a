package org.waymark.app;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Evidence references that name a file on this computer or a mapped drive. Verifying evidence that points at a file
 * which is not there would assure the board of something nobody can open, so it is refused with a clear message.
 * Document references and web links are not files and are left to the person verifying.
 */
public final class EvidenceFiles {

    private EvidenceFiles() {}

    /** The local file a reference names: an absolute path or a {@code file:} URI. Empty for anything else. */
    public static Optional<Path> localFile(String reference) {
        if (reference == null || reference.isBlank()) return Optional.empty();
        String r = reference.strip();
        try {
            if (r.toLowerCase(Locale.ROOT).startsWith("file:")) return Optional.of(Path.of(URI.create(r)));
            if (r.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) return Optional.empty();
            Path p = Path.of(r);
            return p.isAbsolute() ? Optional.of(p) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Refuses a reference to a local file that is missing or cannot be read. */
    public static void requirePresent(String reference) {
        Optional<Path> file = localFile(reference);
        if (file.isEmpty()) return;
        Path p = file.get();
        if (!Files.exists(p)) {
            throw new Refused("reference", "The evidence file " + p + " cannot be found. If it is on a shared drive, reconnect the drive; "
                    + "if it was moved, correct the reference. Then verify it again. Nothing was changed.");
        }
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new Refused("reference", "The evidence " + p + " is not a file that can be opened from this account. "
                    + "Check the reference and your access to it, then verify it again. Nothing was changed.");
        }
    }
}
