package org.waymark.report;

import java.nio.file.Path;
import java.util.Locale;

/** The two forms of the board pack, drawn from the same model. */
public enum PackFormat {
    PDF, HTML;

    /** HTML for a name ending .html or .htm, otherwise PDF. */
    public static PackFormat of(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") ? HTML : PDF;
    }
}
