package org.waymark.report.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.report.layout.PackFonts.Face;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The linear wrap against the plain quadratic one it replaced (re-measure every candidate line, grow a cut one
 * character at a time), over thousands of seeded random paragraphs, and on the cases the reference cannot show.
 */
class WrapTest {

    static PDDocument doc;
    static PackFonts fonts;

    @BeforeAll static void open() { doc = new PDDocument(); fonts = new PackFonts(doc); }
    @AfterAll static void close() throws Exception { doc.close(); }

    /** The previous implementation, kept as the reference. */
    static List<String> reference(Face face, float size, String text, float width) {
        List<String> out = new ArrayList<>();
        for (String para : text.replace("\r", "").split("\n", -1)) {
            para = fonts.safe(para).strip();
            if (para.isEmpty()) { out.add(""); continue; }
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (fonts.width(face, size, candidate) <= width) { line.setLength(0); line.append(candidate); continue; }
                if (line.length() > 0) { out.add(line.toString()); line.setLength(0); }
                if (fonts.width(face, size, word) <= width) { line.append(word); continue; }
                String rest = word;
                while (fonts.width(face, size, rest) > width) {
                    int n = 1;
                    while (n < rest.length() && fonts.width(face, size, rest.substring(0, n + 1)) <= width) n++;
                    out.add(rest.substring(0, n));
                    rest = rest.substring(n);
                }
                line.append(rest);
            }
            if (line.length() > 0) out.add(line.toString());
        }
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    static String randomText(Random r) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-()'ÉéüßΩжШ";
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(400);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(100);
            if (k < 14) b.append(' ');
            else if (k < 16) b.append('\n');
            else if (k < 17) b.append("   ");
            else b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            if (r.nextInt(300) == 0) b.append("x".repeat(r.nextInt(120)));
        }
        return b.toString();
    }

    @Test
    void matchesTheReferenceOnRandomLatinText() {
        Random r = new Random(20261202);
        for (int i = 0; i < 3000; i++) {
            String text = randomText(r);
            Face face = Face.values()[r.nextInt(3)];
            float size = 6 + r.nextInt(10);
            float width = 8 + r.nextFloat() * 400;
            assertEquals(reference(face, size, text, width), Wrap.lines(fonts, face, size, text, width), "case " + i + ": " + text);
        }
    }

    @Test
    void everyLineFitsAndNothingIsLost() {
        String word = "ab".repeat(5000) + " वार्ड में मरीज़ों की देखभाल " + "ফ্".repeat(300);
        List<String> lines = Wrap.lines(fonts, Face.REGULAR, 9.5f, word, 120);
        for (String l : lines) assertTrue(fonts.width(Face.REGULAR, 9.5f, l) <= 120 || l.codePointCount(0, l.length()) <= 3, l);
        assertEquals(word.replace(" ", ""), String.join("", lines).replace(" ", ""));
    }

    @Test
    void neverSplitsALetterFromItsMarksOrAnIndicSyllable() {
        String word = "की".repeat(400) + "é".repeat(400);
        for (String l : Wrap.lines(fonts, Face.REGULAR, 9.5f, word, 50)) {
            assertTrue(!l.startsWith("\u0940") && !l.startsWith("\u0301"), "line starts with a combining mark: " + l);
        }
    }

    @Test
    void ellipsisFitsAndKeepsThePrefix() {
        String long1 = "Z".repeat(200_000);
        String e = Wrap.ellipsis(fonts, Face.BOLD, 8, long1, 90);
        assertTrue(e.endsWith("...") && long1.startsWith(e.substring(0, e.length() - 3)));
        assertTrue(fonts.width(Face.BOLD, 8, e) <= 90);
        assertEquals("short", Wrap.ellipsis(fonts, Face.BOLD, 8, "short", 90));
    }
}
