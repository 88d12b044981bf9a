package org.waymark.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How a csv's bytes became text. UTF-8 (with or without BOM) is the rule: a file with valid UTF-8 letters and a few
 * bytes that are not UTF-8 stays UTF-8, each bad byte becomes U+FFFD and is reported with its row, because reading
 * the whole file as Windows-1252 would garble every real letter ("Ü" as "Ãœ"). Windows-1252, what Excel writes by
 * default, is chosen only when the file is not UTF-8 at all: no valid multi-byte letter, or more bad sequences than
 * good ones.
 */
record CsvDecoding(String text, String charset, List<Bad> bad) {

    /** One malformed sequence: where its replacement character is in the text, and the bytes it stood for. */
    record Bad(int charOffset, String bytes) {}

    static CsvDecoding of(byte[] bytes) {
        int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, off, bytes.length - off);
        CharBuffer out = CharBuffer.allocate(bytes.length - off + 16);
        List<Bad> bad = new ArrayList<>();
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) break;
            // Overflow cannot happen: each byte gives at most one char. So this is a malformed sequence.
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < r.length(); i++) hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", in.get() & 0xFF));
            bad.add(new Bad(out.position(), hex.toString()));
            out.put('\uFFFD');
        }
        d.flush(out);
        String text = out.flip().toString();
        if (bad.isEmpty()) return new CsvDecoding(text, "UTF-8", List.of());
        int multiByte = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80 && text.charAt(i) != '\uFFFD') multiByte++;
        if (multiByte > 0 && bad.size() <= multiByte) return new CsvDecoding(text, "UTF-8", List.copyOf(bad));
        return new CsvDecoding(new String(bytes, Charset.forName("windows-1252")), "Windows-1252", List.of());
    }

    /**
     * The line for the import report: which encoding was used, and each bad byte by its row (1-based, as the
     * spreadsheet shows it), given each row's starting offset in the text.
     */
    String describe(long[] rowStarts) {
        if (bad.isEmpty()) return "Read as " + charset + ".";
        StringBuilder b = new StringBuilder("Read as UTF-8, but ").append(bad.size())
                .append(bad.size() == 1 ? " byte sequence is" : " byte sequences are").append(" not valid UTF-8 and shown as \uFFFD: ");
        int listed = Math.min(bad.size(), 20);
        for (int i = 0; i < listed; i++) b.append(i == 0 ? "" : "; ").append("row ").append(row(rowStarts, bad.get(i).charOffset())).append(" (").append(bad.get(i).bytes()).append(')');
        if (bad.size() > listed) b.append("; and ").append(bad.size() - listed).append(" more");
        return b.append(". Check those cells, or save the file again as \"CSV UTF-8\".").toString();
    }

    private static int row(long[] starts, int offset) {
        int lo = 0, hi = starts.length - 1, found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found + 1;
    }
}
