package org.waymark.app.rounds;

import java.nio.file.Path;

/**
 * Port for the files of an update round: the io layer writes forms and covering e-mails and reads returned forms;
 * the window finds the implementation through {@link org.waymark.app.Ports}. Both may take seconds: call them off
 * the FX thread.
 */
public interface UpdateRoundFiles {

    /** Writes one form (.xlsx) and one covering e-mail (.eml) per owner into {@code dir}. */
    void write(IssuedRound issued, Path dir);

    /** Reads a returned form; throws IllegalArgumentException, saying why, when the file is not a spreadsheet. */
    ReturnedForm read(Path form);
}
