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
        // PDFBox logs through commons-logging, which would go on to the Log4j API and then to java.util.logging; sent
        // straight to java.util.logging, a board pack does not start Log4j's ~90 classes and its property scan.
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        }
        AppLog.install(dirs.logs());
        StartupTidy.run(dirs);
        return dirs;
    }
}
