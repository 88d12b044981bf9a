package org.waymark.io.rounds;

import org.waymark.app.rounds.OwnerForm;

import java.nio.file.Path;

/** Filled forms for tests outside this package (the window's), without exposing the form layout. */
public final class RoundsTestForms {

    private RoundsTestForms() {}

    public static Path file(Path dir, OwnerForm f) {
        return dir.resolve("update-" + f.identity().issuedOn() + "-" + RoundFiles.slug(f.ownerName()) + ".xlsx");
    }

    public static Path narrative(Path dir, OwnerForm f, String text) throws Exception {
        FormFiller.fill(file(dir, f), x -> x.set(0, 9, text));
        return file(dir, f);
    }

    public static Path lockedTitle(Path dir, OwnerForm f, String title) throws Exception {
        FormFiller.fill(file(dir, f), x -> { x.set(0, 1, title); x.set(0, 9, "Narrative"); });
        return file(dir, f);
    }
}
