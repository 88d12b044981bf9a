package org.waymark.report.layout;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is too wide. */
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
        StringBuilder line = new StringBuilder();
        for (String word : para.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(face, size, candidate) <= width) { line.setLength(0); line.append(candidate); continue; }
            if (line.length() > 0) { out.add(line.toString()); line.setLength(0); }
            if (fonts.width(face, size, word) <= width) { line.append(word); continue; }
            String rest = word;
            while (fonts.width(face, size, rest) > width) {
                int cut = fit(fonts, face, size, rest, width);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) out.add(line.toString());
    }

    private static int fit(PackFonts fonts, PackFonts.Face face, float size, String s, float width) {
        int n = 1;
        while (n < s.length() && fonts.width(face, size, s.substring(0, n + 1)) <= width) n++;
        if (Character.isHighSurrogate(s.charAt(n - 1)) && n < s.length()) n++;
        return n;
    }

    /** Shortens text with an ellipsis to fit one line: only for labels whose full text appears elsewhere. */
    public static String ellipsis(PackFonts fonts, PackFonts.Face face, float size, String text, float width) {
        String s = fonts.safe(text);
        if (fonts.width(face, size, s) <= width) return s;
        while (s.length() > 1 && fonts.width(face, size, s + "...") > width) s = s.substring(0, s.length() - 1);
        return s.strip() + "...";
    }
}
