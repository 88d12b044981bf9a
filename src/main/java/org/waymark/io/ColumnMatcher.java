package org.waymark.io;

import java.util.Optional;

/** Matches one header cell to a field: an exact synonym first, then the longest synonym the header contains. */
final class ColumnMatcher {

    private ColumnMatcher() {}

    static Optional<Field> match(String header) {
        String h = Field.normalise(header);
        if (h.isEmpty()) return Optional.empty();
        for (Field f : Field.values()) {
            for (String s : f.synonyms()) if (h.equals(s)) return Optional.of(f);
        }
        Field best = null;
        int bestLength = 0;
        String padded = " " + h + " ";
        for (Field f : Field.values()) {
            for (String s : f.synonyms()) {
                if (s.length() > bestLength && s.length() >= 3 && padded.contains(" " + s + " ")) { best = f; bestLength = s.length(); }
            }
        }
        return Optional.ofNullable(best);
    }
}
