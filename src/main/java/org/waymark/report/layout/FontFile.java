package org.waymark.report.layout;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The open fonts shipped in the jar (SIL OFL; licences beside them): Liberation Sans for Latin, Greek, Cyrillic and
 * Hebrew, and Noto for Arabic (Urdu too), Devanagari, Bengali and Gurmukhi. Their bytes and the characters each
 * covers are read once per process; each pack embeds only the subsets it draws.
 */
enum FontFile {
    LATIN_REGULAR("LiberationSans-Regular.ttf", false),
    LATIN_BOLD("LiberationSans-Bold.ttf", false),
    LATIN_ITALIC("LiberationSans-Italic.ttf", false),
    /** Naskh rather than Nastaliq: Nastaliq needs glyph positioning PDFBox cannot do, Naskh reads well unshaped-by-GPOS. */
    ARABIC("NotoNaskhArabic-Regular.ttf", false),
    /** PDFBox 3 applies these fonts' conjunct and reordering substitutions itself (its Devanagari and Bengali workers). */
    DEVANAGARI("NotoSansDevanagari-Regular.ttf", true),
    BENGALI("NotoSansBengali-Regular.ttf", true),
    /** PDFBox has no Gurmukhi worker; the table is hidden, and the glyphs are drawn from the character map. */
    GURMUKHI("NotoSansGurmukhi-Regular.ttf", false);

    /** The fonts tried, in order, for a character the Latin face lacks. */
    static final FontFile[] FALLBACKS = {ARABIC, DEVANAGARI, BENGALI, GURMUKHI};

    private static final Map<FontFile, byte[]> BYTES = new EnumMap<>(FontFile.class);
    private static final Map<FontFile, float[]> ADVANCES = new EnumMap<>(FontFile.class);

    private final String resource;
    private final boolean keepSubstitution;

    FontFile(String resource, boolean keepSubstitution) {
        this.resource = resource;
        this.keepSubstitution = keepSubstitution;
    }

    /** A fresh parse of the font: PDFBox closes the font with the document that embeds it. */
    TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
    }

    /** Whether PDFBox substitutes glyphs in this font as it draws (so the font is embedded whole). */
    boolean substitutes() { return keepSubstitution; }

    boolean covers(int codePoint) { return codePoint < 0x10000 && advances()[codePoint] >= 0; }

    /** The character's advance in thousandths of the font size, or -1 when the font lacks it. */
    float advance(int codePoint) { return codePoint < 0x10000 ? advances()[codePoint] : -1; }

    private synchronized byte[] bytes() {
        return BYTES.computeIfAbsent(this, FontFile::read);
    }

    /** Read once per process; measuring calls this per character, so the lock is taken only until it is read. */
    private volatile float[] table;

    private float[] advances() {
        float[] t = table;
        if (t == null) {
            synchronized (ADVANCES) {
                t = table = ADVANCES.computeIfAbsent(this, FontFile::scan);
            }
        }
        return t;
    }

    /** Reads every BMP character's advance from the cmap and hmtx tables once, so measuring text never parses. */
    private static float[] scan(FontFile f) {
        try (TrueTypeFont ttf = f.parse()) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float scale = 1000f / ttf.getUnitsPerEm();
            float[] out = new float[0x10000];
            Arrays.fill(out, -1);
            // The shipped fonts draw nothing outside the BMP, so the supplementary planes count as not covered.
            for (int cp = 0x20; cp < 0x10000; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) out[cp] = ttf.getAdvanceWidth(gid) * scale;
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + f.resource, e);
        }
    }

    private static byte[] read(FontFile f) {
        try (InputStream in = FontFile.class.getResourceAsStream("/org/waymark/report/fonts/" + f.resource)) {
            if (in == null) throw new IllegalStateException("Font " + f.resource + " is missing from the application");
            byte[] ttf = in.readAllBytes();
            return f.keepSubstitution ? ttf : withoutGlyphSubstitution(ttf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hides the font's GSUB table by renaming its tag. PDFBox otherwise runs its glyph-substitution engine on every
     * string drawn, which cost well over half the export time; Latin text needs no substitution, Arabic arrives
     * already shaped into presentation forms, and the embedded subset never carries the table anyway.
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
}
