package org.waymark.app.infra;

import org.waymark.app.PlanException;
import org.waymark.store.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Loads and saves preferences. A damaged file falls back to defaults rather than stopping the app. */
public final class PreferencesStore {

    private final Path file;

    public PreferencesStore(Path file) { this.file = file; }

    public Preferences load() {
        if (!Files.exists(file)) return Preferences.defaults();
        try {
            return Json.mapper().readValue(file.toFile(), Preferences.class);
        } catch (IOException e) {
            return Preferences.defaults();
        }
    }

    /** Written to a temp file and moved, so a crash never leaves half a preferences file. */
    public void save(Preferences p) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), p);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PlanException(PlanException.Kind.IO, "Cannot save preferences to " + file + ": " + e.getMessage(), e);
        }
    }
}
