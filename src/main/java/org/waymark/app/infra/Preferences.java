package org.waymark.app.infra;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed user preferences, saved as JSON in the data folder. {@code window} is the last main-window bounds
 * (x, y, width, height), restored only when it still fits a screen. {@code zoomPercent} scales the whole window's
 * text and spacing, 100 to 200; a file written before it existed reads as 100.
 */
public record Preferences(String userName, String theme, List<String> recentFiles, Integer warningWindowDays,
                          List<SavedFilter> savedFilters, List<Double> window, Integer zoomPercent) {

    public static final int MIN_ZOOM = 100;
    public static final int MAX_ZOOM = 200;

    public Preferences {
        if (userName == null || userName.isBlank()) userName = System.getProperty("user.name", "unknown");
        if (theme == null || theme.isBlank()) theme = "light";
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
        savedFilters = savedFilters == null ? List.of() : List.copyOf(savedFilters);
        window = window == null || window.size() != 4 ? null : List.copyOf(window);
        zoomPercent = zoomPercent == null ? MIN_ZOOM : Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoomPercent));
    }

    public static Preferences defaults() { return new Preferences(null, null, null, null, null, null, null); }

    public Preferences withRecent(String file) {
        List<String> r = new ArrayList<>(recentFiles);
        r.remove(file);
        r.add(0, file);
        return new Preferences(userName, theme, r.subList(0, Math.min(10, r.size())), warningWindowDays, savedFilters, window, zoomPercent);
    }

    public Preferences withTheme(String t) { return new Preferences(userName, t, recentFiles, warningWindowDays, savedFilters, window, zoomPercent); }

    public Preferences withUserName(String u) { return new Preferences(u, theme, recentFiles, warningWindowDays, savedFilters, window, zoomPercent); }

    /** Adds or replaces (by name) a saved register filter. */
    public Preferences withSavedFilter(SavedFilter f) {
        List<SavedFilter> list = new ArrayList<>(savedFilters);
        list.removeIf(s -> s.name().equalsIgnoreCase(f.name()));
        list.add(f);
        return new Preferences(userName, theme, recentFiles, warningWindowDays, list, window, zoomPercent);
    }

    public Preferences withoutSavedFilter(String name) {
        List<SavedFilter> list = new ArrayList<>(savedFilters);
        list.removeIf(s -> s.name().equalsIgnoreCase(name));
        return new Preferences(userName, theme, recentFiles, warningWindowDays, list, window, zoomPercent);
    }

    public Preferences withWindow(double x, double y, double w, double h) {
        return new Preferences(userName, theme, recentFiles, warningWindowDays, savedFilters, List.of(x, y, w, h), zoomPercent);
    }

    public Preferences withZoom(int percent) {
        return new Preferences(userName, theme, recentFiles, warningWindowDays, savedFilters, window, percent);
    }
}
