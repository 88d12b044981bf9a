package org.waymark.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads xlsx, xls and csv into a {@link Sheet}. Refuses, with a message a PMO officer can act on, anything that is
 * not a spreadsheet, is damaged, is a zip bomb or holds a cell larger than Excel itself allows.
 */
final class SpreadsheetReader {

    /** Excel's own limit for one cell; anything longer did not come from a spreadsheet. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Rows looked at for the header and for choosing among sheets. */
    static final int HEADER_SCAN_ROWS = 30;
    private static final long MAX_CSV_BYTES = 200L * 1024 * 1024;

    static {
        // POI's defaults already refuse a zip bomb (entries expanding over 100 times); keep them explicit so
        // nothing loosens them by accident.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(0xFFFFFFFFL);
    }

    private SpreadsheetReader() {}

    static Sheet read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new UnreadableFile("There is no file at " + file + ". Check the name and try again.");
        byte[] head = head(file);
        if (head.length == 0) throw new UnreadableFile(name + " is empty (0 bytes). Ask for the spreadsheet again.");
        String ext = extension(name);
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole2 = head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
        if (zip) return xlsx(file, name);
        if (ole2) return workbook(file, name);
        if (ext.equals("xlsx") || ext.equals("xlsm") || ext.equals("xls")) {
            throw new UnreadableFile(name + " is named like an Excel workbook but is not one (its content is not a spreadsheet). "
                    + "Open it in Excel and save it again as .xlsx, or ask the sender for the original.");
        }
        if (ext.equals("csv") || ext.equals("txt") || ext.equals("tsv")) return csv(file, name);
        throw new UnreadableFile(name + " is not a spreadsheet. Waymark imports .xlsx, .xls and .csv files (and .json plan documents).");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new UnreadableFile("Cannot read " + file.getFileName() + ": " + e.getMessage() + ". Check it is not open elsewhere.", e);
        }
    }

    // ---------------------------------------------------------------- workbooks

    private static Sheet xlsx(Path file, String name) {
        try {
            return StreamingXlsx.read(file, name);
        } catch (UnreadableFile e) {
            throw e;
        } catch (Exception e) {
            throw damaged(name, e);
        }
    }

    private static Sheet workbook(Path file, String name) {
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet best = null;
            int bestScore = -1;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) continue;
                Sheet s = sheet(wb.getSheetAt(i), name);
                int score = HeaderDetector.bestScore(s);
                if (score > bestScore) { best = s; bestScore = score; }
            }
            if (best == null) throw new UnreadableFile(name + " has no visible sheets. Unhide the sheet with the action plan and save it again.");
            return best;
        } catch (UnreadableFile e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFile(name + " is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import again.", e);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        }
    }

    private static UnreadableFile damaged(String name, Throwable e) {
        boolean bomb = false;
        for (Throwable t = e; t != null && !bomb; t = t.getCause()) bomb = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb");
        boolean doctype = false;
        for (Throwable t = e; t != null && !doctype; t = t.getCause()) doctype = String.valueOf(t.getMessage()).contains("DOCTYPE is disallowed");
        if (doctype) {
            return new UnreadableFile(name + " was refused for safety: its XML declares a document type (DOCTYPE), which Excel never writes and which "
                    + "can be used to make a program read other files on this computer (an XXE attack). Do not open it; ask the sender for a genuine copy.", e);
        }
        if (bomb) {
            return new UnreadableFile(name + " was refused: it expands to far more data than a spreadsheet of its size could hold (a \"zip bomb\"). "
                    + "Do not open it; ask the sender for a genuine copy.", e);
        }
        return new UnreadableFile(name + " is damaged or incomplete, so it cannot be read (it may have been cut short while being copied or downloaded). "
                + "Open it in Excel to check it, or ask the sender for it again.", e);
    }

    private static Sheet sheet(org.apache.poi.ss.usermodel.Sheet s, String fileName) {
        int last = s.getLastRowNum();
        List<SheetCell[]> rows = new ArrayList<>(Math.max(0, last + 1));
        for (int r = 0; r <= last; r++) {
            Row row = s.getRow(r);
            if (row == null || row.getLastCellNum() <= 0) { rows.add(new SheetCell[0]); continue; }
            SheetCell[] cells = new SheetCell[row.getLastCellNum()];
            for (Cell c : row) cells[c.getColumnIndex()] = cell(c, s.getSheetName(), fileName);
            rows.add(cells);
        }
        return withMerges(fileName, s.getSheetName(), rows, s.getMergedRegions());
    }

    static Sheet withMerges(String fileName, String sheetName, List<SheetCell[]> rows, List<CellRangeAddress> merges) {
        boolean[] banners = new boolean[rows.size()];
        for (CellRangeAddress m : merges) resolveMerge(rows, banners, m);
        return new Sheet(fileName, sheetName, rows, banners, null);
    }

    /**
     * A value merged down several rows belongs to each of them (a finding shared by three actions). A merge
     * across one row is a heading: it keeps its one value, and marks the row when it spans the table.
     */
    private static void resolveMerge(List<SheetCell[]> rows, boolean[] banners, CellRangeAddress m) {
        int top = m.getFirstRow(), left = m.getFirstColumn();
        if (top >= rows.size()) return;
        SheetCell value = top < rows.size() && left < rows.get(top).length ? rows.get(top)[left] : null;
        if (m.getFirstRow() == m.getLastRow()) {
            if (m.getLastColumn() - m.getFirstColumn() >= 2) banners[top] = true;
            return;
        }
        if (value == null) return;
        for (int r = m.getFirstRow(); r <= Math.min(m.getLastRow(), rows.size() - 1); r++) {
            SheetCell[] cells = rows.get(r);
            if (cells.length <= left) { cells = Arrays.copyOf(cells, left + 1); rows.set(r, cells); }
            cells[left] = value;
        }
    }

    private static SheetCell cell(Cell c, String sheetName, String fileName) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        switch (type) {
            case NUMERIC -> {
                double v = c.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(c) && DateUtil.isValidExcelDate(v)) {
                    var date = DateUtil.getLocalDateTime(v, false).toLocalDate();
                    return new SheetCell(Dates.show(date), v, date);
                }
                return new SheetCell(NumberToTextConverter.toText(v), v, null);
            }
            case STRING -> {
                String s = c.getStringCellValue();
                if (s.length() > MAX_CELL_CHARS) throw oversized(fileName, new org.apache.poi.ss.util.CellReference(sheetName, c.getRowIndex(), c.getColumnIndex(), false, false).formatAsString(), s.length());
                return SheetCell.text(s);
            }
            case BOOLEAN -> { return SheetCell.text(c.getBooleanCellValue() ? "TRUE" : "FALSE"); }
            default -> { return SheetCell.EMPTY; }
        }
    }

    static UnreadableFile oversized(String fileName, String where, int chars) {
        return new UnreadableFile(String.format(Locale.UK, "%s cannot be imported: cell %s holds %,d characters, more than a spreadsheet cell can hold (%,d). "
                + "The file is damaged or was not made by a spreadsheet program. Fix or remove that cell and import again.", fileName, where, chars, MAX_CELL_CHARS));
    }

    // ---------------------------------------------------------------- csv

    private static Sheet csv(Path file, String name) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_CSV_BYTES) throw new UnreadableFile(name + " is larger than 200 MB, far more than an action plan. Check it is the right file.");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFile("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableFile(name + " is not a text (csv) file: it holds binary data. If it is an Excel workbook, give it the .xlsx extension; "
                    + "otherwise save the spreadsheet as \"CSV UTF-8\" and import that.");
        }
        CsvDecoding decoded = CsvDecoding.of(bytes);
        String text = decoded.text();
        char delimiter = delimiter(text);
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        List<SheetCell[]> rows = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false).get();
        try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord rec : p) {
                starts.add(rec.getCharacterPosition());
                SheetCell[] cells = new SheetCell[rec.size()];
                for (int i = 0; i < rec.size(); i++) {
                    String v = rec.get(i);
                    if (v.length() > MAX_CELL_CHARS) throw oversized(name, new org.apache.poi.ss.util.CellReference(stem, rows.size(), i, false, false).formatAsString(), v.length());
                    cells[i] = SheetCell.text(v);
                }
                rows.add(cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFile(name + " is not a well-formed csv file (" + e.getMessage() + "). Open it in Excel and save it again as \"CSV UTF-8\".", e);
        }
        return new Sheet(name, stem, rows, new boolean[rows.size()], decoded.describe(starts.stream().mapToLong(Long::longValue).toArray()));
    }

    /** NUL bytes, or many control characters, do not occur in a csv a person saved. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 64 * 1024), control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') control++;
        }
        return n > 0 && control * 20 > n;
    }

    /** Excel in a European locale saves with semicolons; some systems export tabs. */
    private static char delimiter(String text) {
        String sample = text.substring(0, Math.min(text.length(), 8192));
        long commas = sample.chars().filter(ch -> ch == ',').count();
        long semis = sample.chars().filter(ch -> ch == ';').count();
        long tabs = sample.chars().filter(ch -> ch == '\t').count();
        if (tabs > commas && tabs > semis) return '\t';
        return semis > commas ? ';' : ',';
    }
}
