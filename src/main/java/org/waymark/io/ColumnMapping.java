package org.waymark.io;

import org.waymark.domain.Brag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which field each column of the table holds. One entry per column, {@link Field#IGNORE} for the rest. */
public record ColumnMapping(List<String> headers, List<Field> fields) {

    public ColumnMapping {
        if (headers.size() != fields.size()) throw new IllegalArgumentException("One field per column: " + headers.size() + " columns, " + fields.size() + " fields");
        headers = List.copyOf(headers);
        fields = List.copyOf(fields);
    }

    /** The proposal: each header's best match, each field used once (the leftmost column wins). */
    static ColumnMapping propose(Sheet sheet, int headerRow) {
        List<String> headers = headers(sheet, headerRow);
        List<Field> fields = new ArrayList<>();
        Set<Field> used = EnumSet.noneOf(Field.class);
        for (String h : headers) {
            Field f = ColumnMatcher.match(h).filter(x -> !used.contains(x)).orElse(Field.IGNORE);
            if (f != Field.IGNORE) used.add(f);
            fields.add(f);
        }
        // "Status" holding R/A/G letters is the BRAG column when no column says BRAG.
        int status = fields.indexOf(Field.STATUS);
        if (status >= 0 && !used.contains(Field.BRAG) && mostlyBrag(sheet, headerRow, status)) fields.set(status, Field.BRAG);
        return new ColumnMapping(headers, fields);
    }

    static List<String> headers(Sheet sheet, int headerRow) {
        int width = 0;
        for (int r = headerRow; r < sheet.rows().size(); r++) width = Math.max(width, sheet.width(r));
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String h = headerRow < 0 ? "" : sheet.cell(headerRow, c).text().strip().replaceAll("\\s+", " ");
            headers.add(h.isEmpty() ? "Column " + org.apache.poi.ss.util.CellReference.convertNumToColString(c) : h);
        }
        return headers;
    }

    private static boolean mostlyBrag(Sheet sheet, int headerRow, int col) {
        int seen = 0, brag = 0;
        for (int r = headerRow + 1; r < sheet.rows().size() && seen < 50; r++) {
            String t = sheet.cell(r, col).text();
            if (t.isBlank()) continue;
            seen++;
            if (Brag.parse(t).isPresent()) brag++;
        }
        return seen > 0 && brag * 2 > seen;
    }

    /** Applies a saved or given mapping (header text to field) to these headers; unknown headers keep the proposal. */
    ColumnMapping adjustedBy(Map<String, Field> byHeader) {
        List<Field> f = new ArrayList<>(fields);
        for (int i = 0; i < headers.size(); i++) {
            Field given = byHeader.get(headers.get(i));
            if (given == null) given = byHeader.get(Field.normalise(headers.get(i)));
            if (given != null) f.set(i, given);
        }
        return new ColumnMapping(headers, f);
    }

    Map<String, Field> byHeader() {
        Map<String, Field> m = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) m.put(headers.get(i), fields.get(i));
        return m;
    }

    int column(Field f) { return fields.indexOf(f); }

    /** The same headers in the same order give the same signature, so a mapping is remembered per sheet layout. */
    String signature() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String h : headers) md.update((Field.normalise(h) + "\u001f").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A field mapped to two columns would silently lose one of them. */
    List<String> problems() {
        List<String> p = new ArrayList<>();
        Set<Field> seen = EnumSet.noneOf(Field.class);
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f != Field.IGNORE && !seen.add(f)) p.add("\"" + f.label() + "\" is chosen for more than one column (again for \"" + headers.get(i) + "\"). Choose it once.");
        }
        if (!seen.contains(Field.TITLE) && !seen.contains(Field.FINDING)) p.add("No column is mapped to \"Action\" or \"Finding\", so no row could become an action. Map at least one.");
        return p;
    }
}
