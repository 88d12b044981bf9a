package org.waymark.app.infra;


/** Process-wide settings that must be in place before SQLite or POI load. */
public final class RuntimeSetup {
    private RuntimeSetup() {}

    public static AppDirectories configure() {
        AppDirectories dirs = AppDirectories.forCurrentUser();
        // sqlite-jdbc unpacks its native library to temp; a per-user folder survives temp cleaners and noexec /tmp.
        if (System.getProperty("org.sqlite.tmpdir") == null) System.setProperty("org.sqlite.tmpdir", dirs.nativeTemp().toString());
        // POI and PDFBox log through the Log4j API (commons-logging 1.3 also prefers it): log4j-to-jul sends it to
        // java.util.logging, so every dependency's lines land in the app's log file, never on the console.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.tojul.JULLoggerContextFactory");
        }
        AppLog.install(dirs.logs());
        StartupTidy.run(dirs);
        return dirs;
    }
}
