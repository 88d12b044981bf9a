package org.waymark.io;

import org.waymark.domain.Brag;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Priority;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regulations, must/should, key questions, BRAG and progress as trusts write them. */
final class ValueParsers {

    private static final Pattern REGULATION = Pattern.compile("(?:^|\\b)(?:reg(?:ulation)?s?\\.?\\s*)?(\\d{1,2})([a-z])?(?:\\s*\\(\\s*\\w+\\s*\\))*", Pattern.CASE_INSENSITIVE);
    private static final Pattern REG_WORD = Pattern.compile("\\breg(?:ulation)?s?\\.?\\s*(\\d{1,2})([a-z])?", Pattern.CASE_INSENSITIVE);

    private ValueParsers() {}

    /** "Reg 17(1)", "Regulation 12 - Safe care and treatment", "17", "Reg 20A" (recorded as 20). */
    static Reading<Integer> regulation(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) return Reading.none();
        Matcher m = REG_WORD.matcher(s);
        boolean found = m.find();
        if (!found) {
            m = REGULATION.matcher(s);
            found = m.lookingAt();
        }
        if (!found) return Reading.warn(null, "\"" + oneLine(s) + "\" does not name a regulation number; none recorded");
        int n = Integer.parseInt(m.group(1));
        if (n < 9 || n > 20) return Reading.warn(null, "regulation " + n + " is not one of the fundamental standards (9 to 20A); none recorded");
        String warning = null;
        if (m.group(2) != null && !(n == 20 && m.group(2).equalsIgnoreCase("a"))) warning = "\"" + oneLine(s) + "\" was read as regulation " + n;
        if (n == 20 && m.group(2) != null) warning = "regulation 20A is recorded as 20";
        if (REG_WORD.matcher(s).results().count() > 1) warning = "more than one regulation is named; the first, " + n + ", is recorded";
        return Reading.warn(n, warning);
    }

    static Reading<Priority> priority(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) return Reading.none();
        var p = Priority.parse(s);
        if (p.isPresent()) return Reading.of(p.get());
        String l = s.toLowerCase(Locale.ROOT);
        boolean must = l.contains("must"), should = l.contains("should");
        if (must && !should) return Reading.of(Priority.MUST);
        if (should && !must) return Reading.of(Priority.SHOULD);
        return Reading.warn(null, "\"" + oneLine(s) + "\" is neither must do nor should do");
    }

    static Reading<KeyQuestion> keyQuestion(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) return Reading.none();
        var q = KeyQuestion.parse(s);
        if (q.isPresent()) return Reading.of(q.get());
        String squashed = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (KeyQuestion k : KeyQuestion.values()) {
            String label = k.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (squashed.startsWith(label) || squashed.equals(k.name().toLowerCase(Locale.ROOT).replace("_", ""))) return Reading.of(k);
        }
        if (squashed.equals("wellled") || squashed.equals("welllead") || squashed.equals("wl")) return Reading.of(KeyQuestion.WELL_LED);
        return Reading.warn(null, "\"" + oneLine(s) + "\" is not a CQC key question (Safe, Effective, Caring, Responsive, Well-led); none recorded");
    }

    static Reading<Brag> brag(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) return Reading.none();
        var b = Brag.parse(s);
        if (b.isEmpty()) {
            String first = s.split("[\\s:()]+")[0];
            b = Brag.parse(first);
            if (b.isPresent()) return Reading.of(b.get());
            return Reading.warn(null, "\"" + oneLine(s) + "\" is not a BRAG rating; Waymark's rules will set it");
        }
        if (s.indexOf('/') >= 0 || s.indexOf('-') >= 0) return Reading.warn(b.get(), "\"" + s + "\" names two ratings; the worse, " + b.get().label() + ", is kept");
        return Reading.of(b.get());
    }

    /** "50%", "50", and 0.5 from a cell formatted as a percentage. */
    static Reading<Integer> progress(SheetCell cell) {
        String s = cell.text().strip();
        if (s.isEmpty()) return Reading.none();
        double v;
        try {
            if (cell.number() != null) v = cell.number() <= 1.0 && cell.number() > 0 && !s.contains("%") ? cell.number() * 100 : cell.number();
            else v = Double.parseDouble(s.replace("%", "").strip());
        } catch (NumberFormatException e) {
            return Reading.warn(null, "\"" + oneLine(s) + "\" is not a percentage; progress left at 0%");
        }
        long p = Math.round(v);
        if (p < 0 || p > 100) return Reading.warn(null, "progress " + s + " is outside 0–100%; left at 0%");
        return Reading.of((int) p);
    }

    static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }
}
