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
        pinXmlTransformer();
        AppLog.install(dirs.logs());
        StartupTidy.run(dirs);
        return dirs;
    }

    /**
     * POI asks {@code TransformerFactory.newInstance()} afresh for every part of every workbook it saves, and each ask
     * searches every jar on the class path for a provider (and instantiates one it finds, e.g. Saxon, with its whole
     * configuration). Naming the JDK's own factory, which is the one found anyway when no jar offers another, skips
     * the search: writing 200 update forms spent most of its time there.
     */
    public static void pinXmlTransformer() {
        if (System.getProperty(TRANSFORMER) == null) System.setProperty(TRANSFORMER, JDK_TRANSFORMER);
    }

    private static final String TRANSFORMER = "javax.xml.transform.TransformerFactory";
    private static final String JDK_TRANSFORMER = "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";
}
