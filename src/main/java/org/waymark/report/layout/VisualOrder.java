package org.waymark.report.layout;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/**
 * Turns one line of stored (logical-order) text into the order it is drawn in. PDFBox draws glyphs left to right,
 * one per character, and does not join Arabic letters or reorder right-to-left text itself; ICU4J does both: its
 * ArabicShaping picks each letter's joined form (presentation forms, which Noto Naskh Arabic maps), including
 * lam-alef ligatures and the Urdu letters, and its Bidi applies the Unicode bidirectional algorithm, mirroring
 * brackets. Lines without right-to-left characters are returned as they are, at the cost of one scan.
 */
final class VisualOrder {

    private static final int SHAPING = ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK | ArabicShaping.TEXT_DIRECTION_LOGICAL;

    private VisualOrder() {}

    static String visual(String logical) {
        if (!hasRightToLeft(logical)) return logical;
        String shaped;
        try {
            shaped = new ArabicShaping(SHAPING).shape(logical);
        } catch (ArabicShapingException e) {
            shaped = logical; // cannot happen with LENGTH_GROW_SHRINK; unjoined letters still read in order
        }
        com.ibm.icu.text.Bidi bidi = new com.ibm.icu.text.Bidi(shaped, com.ibm.icu.text.Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(com.ibm.icu.text.Bidi.DO_MIRRORING | com.ibm.icu.text.Bidi.REMOVE_BIDI_CONTROLS);
    }

    static boolean hasRightToLeft(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x0590 && (ch <= 0x08FF || (ch >= 0xFB1D && ch <= 0xFDFF) || (ch >= 0xFE70 && ch <= 0xFEFF))) return true;
        }
        return false;
    }
}
