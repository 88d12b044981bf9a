package org.waymark.report.layout;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * Liberation Sans (SIL OFL, shipped in the jar) regular, bold and italic, embedded as subsets. Text is passed
 * through {@link #safe} first so a character the font lacks prints as '?' instead of failing the export.
 */
public final class PackFonts {

    public enum Face { REGULAR, BOLD, ITALIC }

    private static final Map<Face, byte[]> FILES = new ConcurrentHashMap<>();

    private final PDType0Font regular, bold, italic;
    private final TrueTypeFont cmapSource;

    public PackFonts(PDDocument doc) {
        try {
            TrueTypeFont r = parse(Face.REGULAR);
            this.cmapSource = r;
            this.regular = PDType0Font.load(doc, r, true);
            this.bold = PDType0Font.load(doc, parse(Face.BOLD), true);
            this.italic = PDType0Font.load(doc, parse(Face.ITALIC), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the pack's fonts", e);
        }
    }

    private static TrueTypeFont parse(Face face) throws IOException {
        byte[] bytes = FILES.computeIfAbsent(face, PackFonts::read);
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static byte[] read(Face face) {
        String name = switch (face) {
            case REGULAR -> "LiberationSans-Regular.ttf";
            case BOLD -> "LiberationSans-Bold.ttf";
            case ITALIC -> "LiberationSans-Italic.ttf";
        };
        try (InputStream in = PackFonts.class.getResourceAsStream("/org/waymark/report/fonts/" + name)) {
            if (in == null) throw new IllegalStateException("Font " + name + " is missing from the application");
            return withoutGlyphSubstitution(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hides the font's GSUB table by renaming its tag. PDFBox otherwise runs its glyph-substitution engine on every
     * string drawn, which cost well over half the export time; the pack's Latin text needs no substitution, and the
     * embedded subset never carries the table anyway.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        int tables = ((ttf[4] & 0xFF) << 8) | (ttf[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'x';
            }
        }
        return ttf;
    }

    public PDType0Font get(Face face) {
        return switch (face) {
            case REGULAR -> regular;
            case BOLD -> bold;
            case ITALIC -> italic;
        };
    }

    /** Replaces characters the font cannot show (and control characters) so that drawing never fails. */
    public String safe(String text) {
        if (text == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = replacement(cp);
            if (replacement != null && b == null) b = new StringBuilder(text.substring(0, i));
            if (b != null) {
                if (replacement != null) b.append(replacement);
                else b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? text : b.toString();
    }

    private String replacement(int cp) {
        if (cp == '\t') return " ";
        if (cp < 32 || (cp >= 0x7F && cp < 0xA0)) return " ";
        if (cp == 0xA0) return " ";
        try {
            return cmapSource.getUnicodeCmapLookup().getGlyphId(cp) > 0 ? null : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    private final java.util.EnumMap<Face, float[]> advances = new java.util.EnumMap<>(Face.class);

    /** Sums cached per-character advances: measuring is the commonest call, and PDFBox re-encodes on each. */
    public float width(Face face, float size, String text) {
        float[] cache = advances.computeIfAbsent(face, f -> { float[] a = new float[0x10000]; java.util.Arrays.fill(a, -1); return a; });
        float units = 0;
        try {
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (Character.isSurrogate(ch)) return get(face).getStringWidth(text) / 1000f * size;
                float w = cache[ch];
                if (w < 0) cache[ch] = w = get(face).getStringWidth(String.valueOf(ch));
                units += w;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units / 1000f * size;
    }
}
