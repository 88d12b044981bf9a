package org.waymark.report.html;

/** Escaping for text that came from a plan: every plan string passes through here before it reaches the page. */
final class Html {

    private Html() {}

    /**
     * Escapes markup characters and drops characters HTML does not allow in text (controls other than tab and line
     * breaks, lone surrogates, and the noncharacters U+FFFE and U+FFFF), so hostile text stays text.
     */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\r' -> { }
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        int cp = s.codePointAt(i);
                        if ((cp & 0xFFFE) != 0xFFFE) b.append(ch).append(s.charAt(i + 1));
                        i++;
                    } else if (allowed(ch)) {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Escaped, with line breaks kept as {@code <br>}. */
    static String lines(String s) { return esc(s).replace("\n", "<br>"); }

    private static boolean allowed(char ch) {
        if (Character.isSurrogate(ch)) return false;
        if (ch == '\t' || ch == '\n') return true;
        if (ch < 0x20 || (ch >= 0x7F && ch <= 0x9F)) return false;
        if (ch >= 0xFDD0 && ch <= 0xFDEF) return false;
        return ch != 0xFFFE && ch != 0xFFFF;
    }
}
