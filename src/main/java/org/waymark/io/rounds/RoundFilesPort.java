package org.waymark.io.rounds;

import org.waymark.app.rounds.IssuedRound;
import org.waymark.app.rounds.ReturnedForm;
import org.waymark.app.rounds.UpdateRoundFiles;
import org.waymark.io.UnreadableFile;

import java.nio.file.Path;

/** The window's way to the round files, through the app port. */
public final class RoundFilesPort implements UpdateRoundFiles {

    @Override public void write(IssuedRound issued, Path dir) { RoundFiles.write(issued, dir, ""); }

    @Override public ReturnedForm read(Path form) {
        try {
            return UpdateFormReader.read(form);
        } catch (UnreadableFile e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
