package org.waymark.app.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The per-user data folder: the demo plan, preferences, backups, logs and the SQLite native library's temp
 * files. Never the install folder, which is often read-only and shared.
 */
public final class AppDirectories {

    private final Path root;

    public AppDirectories(Path root) { this.root = root; }

    /** The platform's usual place, or {@code -Dwaymark.data.dir} (tests and portable use). */
    public static AppDirectories forCurrentUser() {
        String override = System.getProperty("waymark.data.dir");
        if (override != null && !override.isBlank()) return new AppDirectories(Path.of(override));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("LOCALAPPDATA");
            return new AppDirectories((appData != null ? Path.of(appData) : home.resolve("AppData/Local")).resolve("Waymark"));
        }
        if (os.contains("mac")) return new AppDirectories(home.resolve("Library/Application Support/Waymark"));
        String xdg = System.getenv("XDG_DATA_HOME");
        return new AppDirectories((xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("waymark"));
    }

    public Path root() { return ensure(root); }
    public Path backups() { return ensure(root.resolve("backups")); }
    public Path logs() { return ensure(root.resolve("logs")); }
    public Path nativeTemp() { return ensure(root.resolve("native")); }
    /** The plan keys this user holds (docs/RELIABILITY.md): the folder and the file are made readable by this account only. */
    public Path keysFile() { return root.resolve("keys").resolve("plan-keys.json"); }
    public Path preferencesFile() { return root().resolve("preferences.json"); }
    public Path demoPlan() { return root().resolve("Demo ambulance trust.waymark"); }

    private static Path ensure(Path p) {
        try {
            return Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder " + p, e);
        }
    }
}
