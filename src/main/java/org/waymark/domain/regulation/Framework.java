package org.waymark.domain.regulation;

import org.waymark.domain.KeyQuestion;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A CQC assessment framework: the items findings and actions can be tagged with. */
public record Framework(String id, int version, String name, String regulator, String itemKind, InForce inForce,
                        List<FrameworkItem> items, List<Citation> sources) {

    public Framework {
        items = List.copyOf(items == null ? List.of() : items);
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    public Optional<FrameworkItem> item(String code) {
        return items.stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The item kind in lower case, singular or plural, for sentences: "quality statements", "key lines of enquiry". */
    public String itemWord(long count) {
        String k = itemKind.toLowerCase(Locale.UK);
        if (count == 1) return k;
        int of = k.indexOf(" of ");
        String head = of < 0 ? k : k.substring(0, of);
        String tail = of < 0 ? "" : k.substring(of);
        boolean consonantY = head.length() > 1 && head.endsWith("y") && "aeiou".indexOf(head.charAt(head.length() - 2)) < 0;
        return (consonantY ? head.substring(0, head.length() - 1) + "ies" : head + "s") + tail;
    }

    public List<FrameworkItem> under(KeyQuestion question) {
        return items.stream().filter(i -> i.keyQuestion() == question).toList();
    }

    /**
     * Recognises what a spreadsheet cell holds: a code ("S6", "s6"), a code and name ("S6 Safe and effective
     * staffing", "S6: Safe…"), or the name alone, ignoring case, punctuation and spacing.
     */
    public Optional<FrameworkItem> recognise(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String key = squash(text);
        for (FrameworkItem i : items) {
            if (key.equals(squash(i.code())) || key.equals(squash(i.name())) || key.equals(squash(i.code() + i.name()))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
