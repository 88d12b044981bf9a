package org.waymark.io;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an xlsx with POI's streaming (SAX) API: no document tree is built, so a 10,000-row plan reads in a
 * fraction of the time and memory the usermodel needs. POI's zip-bomb limits apply as for any package.
 */
final class StreamingXlsx {

    /** Prefixes the cell callback receives for numbers and dates; XML text can never contain U+0001. */
    private static final char NUMBER = '\u0001', DATE = '\u0002';

    private StreamingXlsx() {}

    static Sheet read(Path file, String fileName) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Set<String> hidden;
            try (InputStream wb = reader.getWorkbookData()) { hidden = hiddenSheets(wb); }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            Sheet best = null;
            int bestScore = -1;
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (hidden.contains(name)) continue;
                    Sheet s = sheet(in, name, fileName, styles, strings);
                    int score = HeaderDetector.bestScore(s);
                    if (score > bestScore) { best = s; bestScore = score; }
                }
            }
            if (best == null) throw new UnreadableFile(fileName + " has no visible sheets. Unhide the sheet with the action plan and save it again.");
            return best;
        }
    }

    private static Sheet sheet(InputStream in, String name, String fileName, StylesTable styles, ReadOnlySharedStringsTable strings) throws Exception {
        Collector cells = new Collector(name, fileName);
        List<CellRangeAddress> merges = new ArrayList<>();
        XSSFSheetXMLHandler cellHandler = new XSSFSheetXMLHandler(styles, strings, cells, new RawValues(), false);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
                if ("mergeCell".equals(local)) merges.add(CellRangeAddress.valueOf(atts.getValue("ref")));
                cellHandler.startElement(uri, local, qName, atts);
            }
            @Override public void endElement(String uri, String local, String qName) throws SAXException { cellHandler.endElement(uri, local, qName); }
            @Override public void characters(char[] ch, int start, int length) throws SAXException { cellHandler.characters(ch, start, length); }
        });
        parser.parse(new InputSource(in));
        return SpreadsheetReader.withMerges(fileName, name, cells.rows, merges);
    }

    private static Set<String> hiddenSheets(InputStream workbookXml) throws Exception {
        Set<String> hidden = new HashSet<>();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override public void startElement(String uri, String local, String qName, Attributes atts) {
                String state = atts.getValue("state");
                if ("sheet".equals(local) && state != null && !state.equals("visible")) hidden.add(atts.getValue("name"));
            }
        });
        parser.parse(new InputSource(workbookXml));
        return hidden;
    }

    /** Passes numbers and dates through raw (marked), so a real Excel date is never reformatted as text. */
    private static final class RawValues extends DataFormatter {
        @Override public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) return DATE + Double.toString(value);
            return NUMBER + Double.toString(value);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<SheetCell[]> rows = new ArrayList<>();
        private final String sheetName, fileName;
        private SheetCell[] current = new SheetCell[0];
        private int nextColumn, width;

        Collector(String sheetName, String fileName) { this.sheetName = sheetName; this.fileName = fileName; }

        @Override public void startRow(int row) {
            while (rows.size() < row) rows.add(new SheetCell[0]);
            current = new SheetCell[0];
            nextColumn = 0;
            width = 0;
        }

        @Override public void endRow(int row) { rows.add(Arrays.copyOf(current, width)); }

        @Override public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? nextColumn : new CellReference(ref).getCol();
            nextColumn = col + 1;
            width = Math.max(width, col + 1);
            if (col >= current.length) current = Arrays.copyOf(current, Math.max(col + 1, current.length * 2));
            current[col] = decode(ref, value);
        }

        private SheetCell decode(String ref, String value) {
            if (value == null || value.isEmpty()) return SheetCell.EMPTY;
            char mark = value.charAt(0);
            if (mark == NUMBER || mark == DATE) {
                double v = Double.parseDouble(value.substring(1));
                if (mark == DATE) {
                    var date = DateUtil.getLocalDateTime(v, false).toLocalDate();
                    return new SheetCell(Dates.show(date), v, date);
                }
                return new SheetCell(NumberToTextConverter.toText(v), v, null);
            }
            if (value.length() > SpreadsheetReader.MAX_CELL_CHARS) {
                throw SpreadsheetReader.oversized(fileName, new CellReference(sheetName, rows.size(), nextColumn - 1, false, false).formatAsString(), value.length());
            }
            return SheetCell.text(value);
        }
    }
}
