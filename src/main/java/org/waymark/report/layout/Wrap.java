package org.waymark.report.layout;

import com.ibm.icu.text.BreakIterator;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is too wide, then
 * between user-perceived characters (never between a letter and its marks, nor inside an Indic syllable).
 * Linear in the length of the text: each character is measured once and every line's width is kept as a running
 * sum, so a million-character word costs no more per character than ordinary prose.
 */
public final class Wrap {

    private Wrap() {}

    public static List<String> lines(PackFonts fonts, PackFonts.Face face, float size, String text, float width) {
        List<String> out = new ArrayList<>();
        String plain = text == null ? "" : text.replace("\r", "");
        for (String para : plain.split("\n", -1)) wrapParagraph(fonts, face, size, fonts.safe(para).strip(), width, out);
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    private static void wrapParagraph(PackFonts fonts, PackFonts.Face face, float size, String para, float width, List<String> out) {
        if (para.isEmpty()) { out.add(""); return; }
        float space = fonts.advance(face, size, ' ');
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : para.split(" +")) {
            float w = fonts.width(face, size, word);
            if (line.length() > 0 && lineWidth + space + w <= width) {
                line.append(' ').append(word);
                lineWidth += space + w;
                continue;
            }
            if (line.length() > 0) { out.add(line.toString()); line.setLength(0); lineWidth = 0; }
            if (w <= width) { line.append(word); lineWidth = w; continue; }
            lineWidth = breakWord(fonts, face, size, word, width, out, line);
        }
        if (line.length() > 0) out.add(line.toString());
    }

    /**
     * Cuts a word wider than the column into full lines, leaving its last part in {@code tail} to be continued;
     * returns the tail's width. Each line takes at least one character, so even a too-narrow column progresses.
     */
    private static float breakWord(PackFonts fonts, PackFonts.Face face, float size, String word, float width, List<String> out, StringBuilder tail) {
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(word);
        int lineStart = 0;
        float lineWidth = 0;
        for (int start = 0, end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            // A cluster wider than the column (e.g. an endless chain of conjuncts) is cut between code points.
            boolean whole = fonts.width(face, size, word, start, end) <= width;
            for (int at = start; at < end; ) {
                int next = whole ? end : at + Character.charCount(word.codePointAt(at));
                float w = fonts.width(face, size, word, at, next);
                if (at > lineStart && lineWidth + w > width) {
                    out.add(word.substring(lineStart, at));
                    lineStart = at;
                    lineWidth = 0;
                }
                lineWidth += w;
                at = next;
            }
        }
        tail.append(word, lineStart, word.length());
        return lineWidth;
    }

    /** Shortens text with an ellipsis to fit one line: only for labels whose full text appears elsewhere. */
    public static String ellipsis(PackFonts fonts, PackFonts.Face face, float size, String text, float width) {
        String s = fonts.safe(text);
        if (fonts.width(face, size, s) <= width) return s;
        float room = width - fonts.width(face, size, "...");
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(s);
        int keep = 0;
        float used = 0;
        for (int start = 0, end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            used += fonts.width(face, size, s, start, end);
            if (used > room) break;
            keep = end;
        }
        return s.substring(0, Math.max(keep, Math.min(1, s.length()))).strip() + "...";
    }
}
