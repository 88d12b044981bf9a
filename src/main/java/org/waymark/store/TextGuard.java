package org.waymark.store;

/**
 * Refuses text that does not belong in a plan before it reaches the file: a value so long it would make the plan
 * slow to open and back up, and control characters that are invisible on screen and in reports. Right-to-left
 * text and every printable character pass untouched.
 */
final class TextGuard {

    /** Far beyond any real field (a spreadsheet cell holds 32,767), far below what would stall loading. */
    static final int MAX_CHARS = 1_000_000;

    private TextGuard() {}

    static void check(String s) {
        if (s.length() > MAX_CHARS) {
            throw new StoreException(StoreException.Reason.INVALID, String.format(java.util.Locale.UK,
                    "This text is too long to save (%,d characters; the limit is %,d). Nothing was changed. "
                            + "Shorten it, or attach the long document as evidence instead.", s.length(), MAX_CHARS));
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7F) {
                throw new StoreException(StoreException.Reason.INVALID, String.format(
                        "The text \"%s\" contains an invisible control character (U+%04X at position %d). Nothing was changed. "
                                + "Retype the text, or paste it as plain text.", preview(s), (int) ch, i + 1));
            }
        }
    }

    private static String preview(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(40).forEach(cp -> b.append(Character.isISOControl(cp) ? "\u2426" : Character.toString(cp)));
        return s.codePointCount(0, s.length()) > 40 ? b + "…" : b.toString();
    }
}
