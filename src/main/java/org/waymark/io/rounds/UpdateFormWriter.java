package org.waymark.io.rounds;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.waymark.app.rounds.FormIdentity;
import org.waymark.app.rounds.FormRow;
import org.waymark.app.rounds.IssuedRow;
import org.waymark.app.rounds.OwnerForm;
import org.waymark.app.rounds.RoundDates;
import org.waymark.io.AtomicFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.waymark.io.rounds.FormLayout.*;

/**
 * Writes one owner's update form: locked plan cells beside shaded editable cells with drop-downs, checks and
 * input messages; sheet protection against slips; a very hidden sheet naming the plan, round, owner and each
 * action's version as issued; a frozen header; A4 landscape printing.
 */
public final class UpdateFormWriter {

    private UpdateFormWriter() {}

    public static void write(OwnerForm form, Path target) {
        AtomicFile.write(target, out -> write(form, out));
    }

    static void write(OwnerForm form, OutputStream out) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            Styles st = new Styles(wb);
            XSSFSheet s = wb.createSheet(SHEET);
            heading(s, st, form);
            rows(s, st, form.rows());
            validation(s, form.rows().size(), form.identity().issuedOn());
            print(wb, s);
            hidden(wb, form);
            wb.write(out);
        } finally {
            // close() would save the whole workbook a second time, into the in-memory package it was built in;
            // revert() releases it without saving, which halves the cost of each form.
            wb.getPackage().revert();
        }
    }

    private static void heading(XSSFSheet s, Styles st, OwnerForm form) {
        text(s.createRow(0), 0, form.organisation() + ": action update for " + form.ownerName(), st.title);
        text(s.createRow(1), 0, "Please return by " + RoundDates.uk(form.returnBy()) + ". Change only the shaded columns (H to N); the rest is the plan as issued on "
                + RoundDates.uk(form.identity().issuedOn()) + ".", st.plain);
        text(s.createRow(2), 0, "A new due date needs a reason and an interim control, and is approved in the plan. Complete counts as Blue only once your evidence is verified.", st.plain);
        Row h = s.createRow(HEADER_ROW);
        h.setHeightInPoints(32);
        for (int c = 0; c < HEADERS.size(); c++) text(h, c, HEADERS.get(c), c < LOCKED_COLUMNS ? st.header : st.editHeader);
        for (int c = 0; c < WIDTHS.size(); c++) s.setColumnWidth(c, WIDTHS.get(c) * 256);
        s.createFreezePane(2, FIRST_DATA_ROW);
    }

    private static void rows(XSSFSheet s, Styles st, List<FormRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            FormRow r = rows.get(i);
            Row row = s.createRow(FIRST_DATA_ROW + i);
            row.setHeightInPoints(60);
            text(row, 0, r.ref(), st.locked);
            text(row, 1, r.title(), st.locked);
            text(row, 2, r.requirement(), st.locked);
            Cell due = row.createCell(3);
            if (r.due() != null) due.setCellValue(r.due());
            due.setCellStyle(st.lockedDate);
            text(row, 4, r.status(), st.locked);
            text(row, 5, r.brag(), st.locked);
            text(row, 6, r.lastUpdate(), st.locked);
            text(row, 7, r.status(), st.edit);
            Cell pc = row.createCell(8);
            pc.setCellValue(r.progress());
            pc.setCellStyle(st.edit);
            for (int c = 9; c < HEADERS.size(); c++) row.createCell(c).setCellStyle(c == 10 ? st.editDate : st.edit);
        }
    }

    private static void validation(XSSFSheet s, int rows, LocalDate issued) {
        if (rows == 0) return;
        DataValidationHelper h = s.getDataValidationHelper();
        int last = FIRST_DATA_ROW + rows - 1;
        add(s, h.createExplicitListConstraint(STATUSES), 7, last, 0, "Choose one of the four statuses from the list.");
        add(s, h.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"), 8, last, 1, "Enter a whole number from 0 to 100.");
        add(s, h.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL, "4000", null), 9, last, 2, "Keep the narrative under 4,000 characters.");
        add(s, h.createDateConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "DATE(" + issued.getYear() + "," + issued.getMonthValue() + ","
                + issued.getDayOfMonth() + ")", null, "dd/mm/yyyy"), 10, last, 3, "Enter a date from today on, as dd/mm/yyyy.");
        for (int c = 11; c < 14; c++) {
            add(s, h.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL, "4000", null), c, last, c - 7, "Keep this under 4,000 characters.");
        }
    }

    private static void add(XSSFSheet s, DataValidationConstraint constraint, int column, int lastRow, int help, String error) {
        DataValidation v = s.getDataValidationHelper().createValidation(constraint, new CellRangeAddressList(FIRST_DATA_ROW, lastRow, column, column));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Not accepted", error);
        v.setShowPromptBox(true);
        v.createPromptBox(HELP.get(help)[0], HELP.get(help)[1]);
        v.setEmptyCellAllowed(true);
        s.addValidationData(v);
    }

    private static void print(XSSFWorkbook wb, XSSFSheet s) {
        PrintSetup p = s.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setLandscape(true);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        s.getFooter().setCenter("Page &P of &N");
        // Protection guards against slips, not attackers: no password, and widening columns stays allowed.
        s.lockFormatColumns(false);
        s.lockFormatRows(false);
        s.lockSelectLockedCells(false);
        s.enableLocking();
        wb.setActiveSheet(0);
    }

    private static void hidden(XSSFWorkbook wb, OwnerForm form) {
        XSSFSheet h = wb.createSheet(HIDDEN);
        FormIdentity id = form.identity();
        String[][] head = {{"format", Integer.toString(FORMAT)}, {"plan", id.planIdentity()}, {"round", Long.toString(id.roundId())},
                {"form", id.token()}, {"owner", Long.toString(id.ownerId())}, {"issued", id.issuedOn().toString()}};
        for (int i = 0; i < head.length; i++) {
            Row r = h.createRow(i);
            r.createCell(0).setCellValue(head[i][0]);
            r.createCell(1).setCellValue(head[i][1]);
        }
        List<IssuedRow> rows = form.issuedRows();
        for (int i = 0; i < rows.size(); i++) {
            IssuedRow ir = rows.get(i);
            Row r = h.createRow(HIDDEN_FIRST_ROW + i);
            r.createCell(0).setCellValue(Long.toString(ir.actionId()));
            r.createCell(1).setCellValue(ir.ref());
            r.createCell(2).setCellValue(ir.stamp());
            r.createCell(3).setCellValue(ir.status());
            r.createCell(4).setCellValue(Integer.toString(ir.progress()));
            r.createCell(5).setCellValue(ir.lockedHashes());
        }
        h.enableLocking();
        wb.setSheetVisibility(wb.getSheetIndex(h), SheetVisibility.VERY_HIDDEN);
    }

    private static void text(Row row, int column, String value, XSSFCellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }

    /** Styles are per workbook and few: Excel limits how many a file may hold. */
    private static final class Styles {
        final XSSFCellStyle title, plain, header, editHeader, locked, lockedDate, edit, editDate;

        Styles(XSSFWorkbook wb) {
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            XSSFFont big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            short date = wb.createDataFormat().getFormat("dd/mm/yyyy");
            title = wb.createCellStyle();
            title.setFont(big);
            plain = wb.createCellStyle();
            header = cell(wb, true, new byte[]{(byte) 0xD9, (byte) 0xD9, (byte) 0xD9});
            header.setFont(bold);
            editHeader = cell(wb, true, new byte[]{(byte) 0xFF, (byte) 0xE6, (byte) 0x99});
            editHeader.setFont(bold);
            locked = cell(wb, true, null);
            lockedDate = cell(wb, true, null);
            lockedDate.setDataFormat(date);
            edit = cell(wb, false, new byte[]{(byte) 0xFF, (byte) 0xF8, (byte) 0xDC});
            editDate = cell(wb, false, new byte[]{(byte) 0xFF, (byte) 0xF8, (byte) 0xDC});
            editDate.setDataFormat(date);
        }

        private static XSSFCellStyle cell(XSSFWorkbook wb, boolean lockedCell, byte[] fill) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setLocked(lockedCell);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            if (fill != null) {
                s.setFillForegroundColor(new XSSFColor(fill, null));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
        }
    }
}
