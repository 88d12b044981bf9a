package org.waymark.app;

import java.util.ArrayList;
import java.util.List;

/** Typed user preferences, saved as JSON in the data folder. */
public record Preferences(String userName, String theme, List<String> recentFiles, Integer warningWindowDays) {

    public Preferences {
        if (userName == null || userName.isBlank()) userName = System.getProperty("user.name", "unknown");
        if (theme == null || theme.isBlank()) theme = "light";
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    public static Preferences defaults() { return new Preferences(null, null, null, null); }

    public Preferences withRecent(String file) {
        List<String> r = new ArrayList<>(recentFiles);
        r.remove(file);
        r.add(0, file);
        return new Preferences(userName, theme, r.subList(0, Math.min(10, r.size())), warningWindowDays);
    }

    public Preferences withTheme(String t) { return new Preferences(userName, t, recentFiles, warningWindowDays); }

    public Preferences withUserName(String u) { return new Preferences(u, theme, recentFiles, warningWindowDays); }
}
