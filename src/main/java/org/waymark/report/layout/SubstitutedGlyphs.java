package org.waymark.report.layout;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives the glyphs PDFBox's Indic substitution draws (conjuncts, half forms, reph) a Unicode meaning. PDFBox maps
 * only glyphs that the font's character map names, and PDF/UA requires every drawn glyph to map to text; so these
 * fonts are embedded whole (the map is then written once, not rebuilt when the subset is made) with a ToUnicode map
 * extended by following each substitution back to the characters it consumed.
 */
final class SubstitutedGlyphs {

    private SubstitutedGlyphs() {}

    static PDType0Font loadWhole(PDDocument doc, TrueTypeFont ttf) throws IOException {
        PDType0Font font = PDType0Font.load(doc, ttf, false);
        Map<Integer, String> text = textOfGlyphs(ttf.getUnicodeCmapLookup(), font.getGsubData(), ttf.getNumberOfGlyphs());
        COSStream cmap = doc.getDocument().createCOSStream();
        try (OutputStream out = cmap.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(toUnicodeCMap(text).getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, cmap);
        return font;
    }

    /** Each glyph's text: from the character map, then, repeatedly, from the inputs of the substitution making it. */
    static Map<Integer, String> textOfGlyphs(CmapLookup cmap, GsubData gsub, int glyphs) {
        Map<Integer, String> text = new TreeMap<>();
        for (int gid = 1; gid < glyphs; gid++) {
            List<Integer> codes = cmap.getCharCodes(gid);
            if (codes != null && !codes.isEmpty()) text.put(gid, new String(Character.toChars(codes.stream().min(Integer::compare).orElseThrow())));
        }
        if (gsub == GsubData.NO_DATA_FOUND) return text;
        boolean grew = true;
        for (int pass = 0; grew && pass < 8; pass++) {
            grew = false;
            for (String name : gsub.getSupportedFeatures()) {
                ScriptFeature feature = gsub.getFeature(name);
                for (List<Integer> in : feature.getAllGlyphIdsForSubstitution()) {
                    Integer out = feature.getReplacementForGlyphs(in);
                    if (out == null || text.containsKey(out)) continue;
                    StringBuilder s = new StringBuilder();
                    for (int g : in) {
                        String t = text.get(g);
                        if (t == null) { s = null; break; }
                        s.append(t);
                    }
                    if (s != null) { text.put(out, s.toString()); grew = true; }
                }
            }
        }
        return text;
    }

    /** A ToUnicode CMap for two-byte glyph codes (Identity-H), in blocks of at most 100 entries as the format asks. */
    static String toUnicodeCMap(Map<Integer, String> text) {
        StringBuilder b = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = List.copyOf(text.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            b.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                b.append(String.format("<%04X> <", e.getKey()));
                for (char ch : e.getValue().toCharArray()) b.append(String.format("%04X", (int) ch));
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        return b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
