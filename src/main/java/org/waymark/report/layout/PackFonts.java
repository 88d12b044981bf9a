package org.waymark.report.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The pack's fonts, embedded as subsets: Liberation Sans regular, bold and italic for Latin, Greek, Cyrillic and
 * Hebrew, and Noto (regular only, for every face) for Arabic, Devanagari, Bengali and Gurmukhi, loaded only when a
 * pack uses them (the Indic fonts whole, see {@link SubstitutedGlyphs}). Text is passed through {@link #safe} first: a character no font can show becomes the visible
 * placeholder {@link #PLACEHOLDER}, and is remembered so the export can say which characters were replaced.
 */
public final class PackFonts {

    public enum Face { REGULAR, BOLD, ITALIC }

    /** WHITE SQUARE: in Liberation Sans, and plainly not a letter. */
    public static final String PLACEHOLDER = "\u25A1";

    /** A stretch of text drawn in one font. */
    record Run(FontFile file, String text) {}

    private final PDDocument doc;
    private final Map<FontFile, PDType0Font> loaded = new EnumMap<>(FontFile.class);
    private final SortedSet<Integer> replaced = Collections.synchronizedSortedSet(new TreeSet<>());

    public PackFonts(PDDocument doc) {
        this.doc = doc;
        get(Face.REGULAR);
    }

    private static FontFile latin(Face face) {
        return switch (face) {
            case REGULAR -> FontFile.LATIN_REGULAR;
            case BOLD -> FontFile.LATIN_BOLD;
            case ITALIC -> FontFile.LATIN_ITALIC;
        };
    }

    /** The Latin font of a face, for callers that set a font themselves. */
    public PDType0Font get(Face face) { return font(latin(face)); }

    synchronized PDType0Font font(FontFile file) {
        return loaded.computeIfAbsent(file, f -> {
            try {
                return f.substitutes() ? SubstitutedGlyphs.loadWhole(doc, f.parse()) : PDType0Font.load(doc, f.parse(), true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the pack's fonts", e);
            }
        });
    }

    /** The code points replaced by the placeholder so far, in order. */
    public List<Integer> replaced() {
        synchronized (replaced) {
            return List.copyOf(replaced);
        }
    }

    /**
     * Names the characters replaced by the placeholder, for the export's report; empty when every character showed.
     */
    public Optional<String> replacementNotice() {
        List<Integer> all = replaced();
        if (all.isEmpty()) return Optional.empty();
        StringBuilder b = new StringBuilder().append(all.size()).append(all.size() == 1 ? " character" : " characters")
                .append(" cannot be shown by the pack's fonts and appear as ").append(PLACEHOLDER).append(": ");
        int listed = Math.min(all.size(), 40);
        for (int i = 0; i < listed; i++) {
            int cp = all.get(i);
            b.append(i == 0 ? "" : ", ").append(String.format("U+%04X", cp));
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.OTHER_SYMBOL) b.append(' ').appendCodePoint(cp);
        }
        if (all.size() > listed) b.append(" and ").append(all.size() - listed).append(" more");
        return Optional.of(b.append('.').toString());
    }

    /**
     * Makes text drawable: control characters become spaces; bidirectional controls are dropped, so that embedded
     * overrides cannot make a figure or reference read differently from what was typed (the ordinary right-to-left
     * ordering of Arabic and Hebrew still applies); a character no font has becomes {@link #PLACEHOLDER}.
     */
    public String safe(String text) {
        if (text == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = replacement(cp);
            if (replacement != null && b == null) b = new StringBuilder(text.length()).append(text, 0, i);
            if (b != null) {
                if (replacement != null) b.append(replacement);
                else b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? text : b.toString();
    }

    private String replacement(int cp) {
        if (cp == '\t' || cp < 32 || (cp >= 0x7F && cp < 0xA0) || cp == 0xA0) return " ";
        if (isBidiControl(cp)) return "";
        if (FontFile.LATIN_REGULAR.covers(cp)) return null;
        for (FontFile f : FontFile.FALLBACKS) if (f.covers(cp)) return null;
        replaced.add(cp);
        return PLACEHOLDER;
    }

    static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** The font that draws a character in a face: the face's own, then the script fonts, then the regular face. */
    static FontFile fileFor(Face face, int cp) {
        FontFile own = latin(face);
        if (own.covers(cp)) return own;
        for (FontFile f : FontFile.FALLBACKS) if (f.covers(cp)) return f;
        return FontFile.LATIN_REGULAR.covers(cp) ? FontFile.LATIN_REGULAR : null;
    }

    private final float[][] units = new float[Face.values().length][];

    /** Per face, every BMP character's advance in thousandths of the size, from the font that draws it. */
    private float[] units(Face face) {
        float[] u = units[face.ordinal()];
        if (u == null) {
            u = new float[0x10000];
            float placeholder = latin(face).advance(PLACEHOLDER.charAt(0));
            for (int cp = 0; cp < u.length; cp++) {
                FontFile f = fileFor(face, cp);
                u[cp] = f == null ? placeholder : f.advance(cp);
            }
            units[face.ordinal()] = u;
        }
        return u;
    }

    /** The advance of one character in points; the placeholder's for a character no font has. */
    public float advance(Face face, float size, int cp) {
        return (cp < 0x10000 ? units(face)[cp] : latin(face).advance(PLACEHOLDER.charAt(0))) / 1000f * size;
    }

    /**
     * The width of text in points, summed from per-character advances read once from the fonts. Measuring is the
     * commonest call; it is linear in the length and never touches the PDF. Arabic is measured in its unjoined
     * forms, which are no narrower than the joined ones drawn, so a measured line never overflows.
     */
    public float width(Face face, float size, String text) {
        return width(face, size, text, 0, text.length());
    }

    /** The width of {@code text[from, to)}, without copying it. */
    public float width(Face face, float size, CharSequence text, int from, int to) {
        float[] u = units(face);
        float placeholder = u[PLACEHOLDER.charAt(0)], total = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (!Character.isSurrogate(ch)) total += u[ch];
            else if (Character.isHighSurrogate(ch)) total += placeholder; // no shipped font draws beyond the BMP
        }
        return total / 1000f * size;
    }

    /**
     * Splits a line, already in visual (left-to-right drawing) order, into runs of one font each. A combining mark
     * or joiner stays with the run before it when that font has it, so a syllable is never split across fonts.
     */
    List<Run> runs(Face face, String visual) {
        List<Run> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        FontFile current = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            FontFile f = current != null && attaches(cp) && current.covers(cp) ? current : fileFor(face, cp);
            int drawn = cp;
            if (f == null) {
                replaced.add(cp);
                f = latin(face);
                drawn = PLACEHOLDER.charAt(0);
            }
            if (f != current && text.length() > 0) {
                out.add(new Run(current, text.toString()));
                text.setLength(0);
            }
            current = f;
            text.appendCodePoint(drawn);
        }
        if (text.length() > 0) out.add(new Run(current, text.toString()));
        return out;
    }

    private static boolean attaches(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT || cp == ' ';
    }
}
