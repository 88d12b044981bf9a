package org.waymark.io;

import java.util.EnumSet;
import java.util.Set;

/**
 * Finds the header row under a title block: the row, among the first few, whose cells name the most different
 * fields. Title rows ("CQC Improvement Plan — updated 03/2018") and blank rows name none.
 */
final class HeaderDetector {

    private HeaderDetector() {}

    /** The header row's index, or -1 when no row names at least two fields. */
    static int find(Sheet sheet) {
        int best = -1, bestScore = 1;
        for (int r = 0; r < Math.min(sheet.rows().size(), SpreadsheetReader.HEADER_SCAN_ROWS); r++) {
            int score = score(sheet, r);
            if (score > bestScore) { best = r; bestScore = score; }
        }
        return best;
    }

    static int bestScore(Sheet sheet) {
        int best = 0;
        for (int r = 0; r < Math.min(sheet.rows().size(), SpreadsheetReader.HEADER_SCAN_ROWS); r++) best = Math.max(best, score(sheet, r));
        return best;
    }

    private static int score(Sheet sheet, int row) {
        if (sheet.banners()[row]) return 0;
        Set<Field> named = EnumSet.noneOf(Field.class);
        for (int c = 0; c < sheet.width(row); c++) {
            SheetCell cell = sheet.cell(row, c);
            if (cell.number() != null || cell.text().length() > 60) continue;
            ColumnMatcher.match(cell.text()).ifPresent(named::add);
        }
        return named.size();
    }
}
