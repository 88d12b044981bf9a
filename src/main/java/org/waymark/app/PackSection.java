package org.waymark.app;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The sections a board pack can hold, in the order the pack prints them. */
public enum PackSection {
    COVER("cover", "Cover sheet"),
    SUMMARY("summary", "Summary"),
    READINESS("readiness", "Exit readiness"),
    WARNING_NOTICES("notices", "Warning-notice compliance"),
    COVERAGE("coverage", "Quality-statement coverage"),
    EXCEPTIONS("exceptions", "Exception report"),
    MOVEMENT("movement", "Movement since last board"),
    QUESTIONS("questions", "Questions from the last board and answers"),
    METRICS("metrics", "Metric trends"),
    TIMELINE("timeline", "Timeline"),
    APPENDIX("appendix", "Appendix: full register");

    private final String key;
    private final String title;

    PackSection(String key, String title) { this.key = key; this.title = title; }

    /** The short name used on the command line. */
    public String key() { return key; }

    public String title() { return title; }

    /** Parses "cover,summary,exceptions"; refuses an unknown name and says which names exist. */
    public static Set<PackSection> parseList(String text) {
        Set<PackSection> out = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String k = part.strip().toLowerCase(Locale.ROOT);
            if (k.isEmpty()) continue;
            if (k.equals("all")) return EnumSet.allOf(PackSection.class);
            PackSection found = null;
            for (PackSection s : values()) if (s.key.equals(k)) found = s;
            if (found == null) throw new Refused("sections", "Unknown section '" + part.strip() + "'. Choose from: " + keys() + ".");
            out.add(found);
        }
        if (out.isEmpty()) throw new Refused("sections", "Choose at least one section: " + keys() + ".");
        return EnumSet.copyOf(out);
    }

    public static String keys() {
        StringBuilder b = new StringBuilder();
        for (PackSection s : values()) b.append(b.length() == 0 ? "" : ",").append(s.key);
        return b.toString();
    }
}
