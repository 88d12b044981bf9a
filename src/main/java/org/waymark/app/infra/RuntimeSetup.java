package org.waymark.app.infra;

/** Process-wide settings that must be in place before SQLite or POI load. */
public final class RuntimeSetup {
    private RuntimeSetup() {}

    public static AppDirectories configure() {
        AppDirectories dirs = AppDirectories.forCurrentUser();
        // sqlite-jdbc unpacks its native library to temp; a per-user folder survives temp cleaners and noexec /tmp.
        if (System.getProperty("org.sqlite.tmpdir") == null) System.setProperty("org.sqlite.tmpdir", dirs.nativeTemp().toString());
        // POI logs through the Log4j API; without a provider it warns on every start.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        AppLog.install(dirs.logs());
        return dirs;
    }
}
