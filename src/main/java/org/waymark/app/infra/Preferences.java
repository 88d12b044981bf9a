package org.waymark.app.infra;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed user preferences, saved as JSON in the data folder. {@code window} is the last main-window bounds
 * (x, y, width, height), restored only when it still fits a screen.
 */
public record Preferences(String userName, String theme, List<String> recentFiles, Integer warningWindowDays,
                          List<SavedFilter> savedFilters, List<Double> window) {

    public Preferences {
        if (userName == null || userName.isBlank()) userName = System.getProperty("user.name", "unknown");
        if (theme == null || theme.isBlank()) theme = "light";
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        savedFilters = savedFilters == null ? List.of() : List.copyOf(savedFilters);
        window = window == null || window.size() != 4 ? null : List.copyOf(window);
    }

    public static Preferences defaults() { return new Preferences(null, null, null, null, null, null); }

    public Preferences withRecent(String file) {
        List<String> r = new ArrayList<>(recentFiles);
        r.remove(file);
        r.add(0, file);
        return new Preferences(userName, theme, r.subList(0, Math.min(10, r.size())), warningWindowDays, savedFilters, window);
    }

    public Preferences withTheme(String t) { return new Preferences(userName, t, recentFiles, warningWindowDays, savedFilters, window); }

    public Preferences withUserName(String u) { return new Preferences(u, theme, recentFiles, warningWindowDays, savedFilters, window); }

    /** Adds or replaces (by name) a saved register filter. */
    public Preferences withSavedFilter(SavedFilter f) {
        List<SavedFilter> list = new ArrayList<>(savedFilters);
        list.removeIf(s -> s.name().equalsIgnoreCase(f.name()));
        list.add(f);
        return new Preferences(userName, theme, recentFiles, warningWindowDays, list, window);
    }

    public Preferences withoutSavedFilter(String name) {
        List<SavedFilter> list = new ArrayList<>(savedFilters);
        list.removeIf(s -> s.name().equalsIgnoreCase(name));
        return new Preferences(userName, theme, recentFiles, warningWindowDays, list, window);
    }

    public Preferences withWindow(double x, double y, double w, double h) {
        return new Preferences(userName, theme, recentFiles, warningWindowDays, savedFilters, List.of(x, y, w, h));
    }
}
