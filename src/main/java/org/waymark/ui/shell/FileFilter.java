package org.waymark.ui.shell;

import java.util.List;

/** One entry of a file chooser's type list, e.g. ("PNG image", "*.png"). The first pattern names the default extension. */
public record FileFilter(String description, List<String> patterns) {

    public FileFilter {
        if (patterns.isEmpty()) throw new IllegalArgumentException("A file filter needs a pattern");
        patterns = List.copyOf(patterns);
    }

    public static FileFilter of(String description, String... patterns) { return new FileFilter(description, List.of(patterns)); }

    /** The extension a file saved under this filter gets when the user types a name without one, e.g. ".png". */
    String extension() {
        String p = patterns.get(0);
        return p.startsWith("*.") && !p.equals("*.*") ? p.substring(1) : "";
    }

    public static final FileFilter PLANS = of("Waymark plans (*.waymark)", "*.waymark");
    public static final FileFilter ALL = of("All files", "*.*");
}
