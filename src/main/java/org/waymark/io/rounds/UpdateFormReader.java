package org.waymark.io.rounds;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.waymark.app.rounds.FormIdentity;
import org.waymark.app.rounds.IssuedRow;
import org.waymark.app.rounds.ReturnedForm;
import org.waymark.app.rounds.ReturnedRow;
import org.waymark.io.UnreadableFile;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.waymark.io.rounds.FormLayout.*;

/**
 * Reads a returned update form as text. A formula is kept as its formula text and never evaluated; a date cell
 * becomes its ISO date. Judging the contents is the app's job: this class only says what the file holds.
 */
public final class UpdateFormReader {

    private UpdateFormReader() {}

    /** Throws {@link UnreadableFile} when the file is missing or not a spreadsheet; a spreadsheet that is not a form is returned as refused. */
    public static ReturnedForm read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) throw new UnreadableFile("The file " + file + " does not exist.");
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet hidden = wb.getSheet(HIDDEN);
            Sheet form = wb.getSheet(SHEET);
            if (hidden == null || form == null) {
                return ReturnedForm.unreadable(name, "This is not a Waymark update form, or its hidden sheet was removed; ask for a new form.");
            }
            Map<String, String> head = new HashMap<>();
            for (int r = 0; r < HIDDEN_FIRST_ROW; r++) {
                Row row = hidden.getRow(r);
                if (row != null) head.put(text(row.getCell(0)), text(row.getCell(1)));
            }
            if (!Integer.toString(FORMAT).equals(head.get("format"))) {
                return ReturnedForm.unreadable(name, "The form's hidden sheet is not in a format this version reads; it was changed, or comes from another version.");
            }
            FormIdentity id = new FormIdentity(head.get("plan"), Long.parseLong(head.get("round")), head.get("form"),
                    Long.parseLong(head.get("owner")), LocalDate.parse(head.get("issued")));
            return new ReturnedForm(name, id, issued(hidden), rows(form), null);
        } catch (NumberFormatException | java.time.format.DateTimeParseException | NullPointerException e) {
            return ReturnedForm.unreadable(name, "The form's hidden sheet was changed and can no longer be read; ask for a new form.");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("Cannot read " + name + " as a spreadsheet (" + e.getMessage() + "). Save it as .xlsx and try again.", e);
        }
    }

    private static List<IssuedRow> issued(Sheet hidden) {
        List<IssuedRow> out = new ArrayList<>();
        for (int r = HIDDEN_FIRST_ROW; r <= hidden.getLastRowNum(); r++) {
            Row row = hidden.getRow(r);
            if (row == null || text(row.getCell(0)).isEmpty()) continue;
            out.add(new IssuedRow(Long.parseLong(text(row.getCell(0))), text(row.getCell(1)), text(row.getCell(2)), text(row.getCell(3)),
                    Integer.parseInt(text(row.getCell(4))), text(row.getCell(5))));
        }
        return out;
    }

    private static List<ReturnedRow> rows(Sheet s) {
        List<ReturnedRow> out = new ArrayList<>();
        for (int r = FIRST_DATA_ROW; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null) continue;
            List<String> cells = new ArrayList<>(HEADERS.size());
            for (int c = 0; c < HEADERS.size(); c++) cells.add(text(row.getCell(c)));
            if (cells.stream().allMatch(String::isEmpty)) continue;
            out.add(new ReturnedRow(r + 1, List.copyOf(cells.subList(0, LOCKED_COLUMNS)), cells.get(7), cells.get(8), cells.get(9),
                    cells.get(10), cells.get(11), cells.get(12), cells.get(13)));
        }
        return out;
    }

    /** The cell as the owner left it: formulas as their text, dates as ISO dates, whole numbers without ".0". */
    static String text(Cell c) {
        if (c == null) return "";
        return switch (c.getCellType()) {
            case FORMULA -> "=" + c.getCellFormula();
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

}
