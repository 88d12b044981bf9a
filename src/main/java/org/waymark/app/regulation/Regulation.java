package org.waymark.app.regulation;

import org.waymark.app.infra.AppDirectories;

import java.nio.file.Path;

/**
 * The regulation data this run of Waymark uses: the shipped files and the trust's own folder, read once. Every
 * part of the app that needs a regime's words or a framework's items asks here, so they all see the same data.
 */
public final class Regulation {

    private static volatile RegulationLoad loaded;

    private Regulation() {}

    /** The trust's own folder of regulation files, beside its preferences. */
    public static Path localFolder() {
        return AppDirectories.forCurrentUser().root().resolve("regulation");
    }

    public static RegulationLoad load() {
        RegulationLoad l = loaded;
        if (l == null) {
            synchronized (Regulation.class) {
                if (loaded == null) loaded = RegulationLibrary.withLocal(localFolder());
                l = loaded;
            }
        }
        return l;
    }

    public static org.waymark.domain.regulation.RegulationCatalogue catalogue() { return load().catalogue(); }
}
