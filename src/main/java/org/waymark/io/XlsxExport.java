package org.waymark.io;

import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.waymark.domain.Brag;
import org.waymark.domain.Plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register as a formatted workbook: a frozen header with an autofilter, real dates shown dd/MM/yyyy, BRAG
 * cells lettered and coloured (never colour alone), and a second sheet with the trust's BRAG key.
 */
final class XlsxExport {

    private static final Set<String> PEOPLE = Set.of("Executive lead", "Operational lead", "Core service");
    private static final Set<String> WIDE = Set.of("Action", "Description", "Finding", "BRAG reason", "Evidence", "Latest update");

    private XlsxExport() {}

    static void write(Plan plan, LocalDate today, Path target) {
        AtomicFile.write(target, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Styles st = new Styles(wb);
                LongCells longText = new LongCells();
                register(wb, st, plan, today, longText);
                key(wb, st, plan, today);
                longText.writeSheet(wb, st.header, st.wrapped);
                wb.write(out);
            }
        });
    }

    private static void register(XSSFWorkbook wb, Styles st, Plan plan, LocalDate today, LongCells longText) {
        XSSFSheet s = wb.createSheet("Register");
        Row h = s.createRow(0);
        h.setHeightInPoints(30);
        for (int c = 0; c < RegisterRows.HEADERS.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(RegisterRows.HEADERS.get(c));
            cell.setCellStyle(st.header);
        }
        List<List<RegisterRows.Value>> rows = RegisterRows.of(plan, today);
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r + 1);
            List<RegisterRows.Value> values = rows.get(r);
            row.setHeightInPoints(height(values));
            for (int c = 0; c < values.size(); c++) {
                RegisterRows.Value v = values.get(c);
                Cell cell = row.createCell(c);
                if (v.date() != null) {
                    cell.setCellValue(v.date());
                    cell.setCellStyle(st.date);
                } else if (v.number() != null) {
                    cell.setCellValue(v.number());
                    cell.setCellStyle(st.text);
                } else if (v.brag() != null) {
                    cell.setCellValue(v.brag().letter());
                    cell.setCellStyle(st.brag.get(v.brag()));
                } else {
                    cell.setCellValue(RegisterRows.neutralise(longText.cell(values.get(0).text(), RegisterRows.HEADERS.get(c), v.text())));
                    cell.setCellStyle(WIDE.contains(RegisterRows.HEADERS.get(c)) ? st.wrapped : st.text);
                }
            }
        }
        for (int c = 0; c < RegisterRows.HEADERS.size(); c++) {
            String name = RegisterRows.HEADERS.get(c);
            int width = WIDE.contains(name) ? 48 : name.equals("BRAG") ? 7 : PEOPLE.contains(name) ? 26 : Math.max(12, name.length() + 3);
            s.setColumnWidth(c, width * 256);
        }
        s.createFreezePane(1, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, RegisterRows.HEADERS.size() - 1));
        s.getPrintSetup().setLandscape(true);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    /**
     * Wrapped text needs a taller row; neither Excel nor LibreOffice grows rows written by a program, so the
     * height is estimated from the longest wrapped cell.
     */
    private static float height(List<RegisterRows.Value> values) {
        int lines = 1;
        for (int c = 0; c < values.size(); c++) {
            String t = values.get(c).text();
            if (t == null || !WIDE.contains(RegisterRows.HEADERS.get(c))) continue;
            int n = 0;
            for (String line : t.split("\n", -1)) n += Math.max(1, (line.length() + 55) / 56);
            lines = Math.max(lines, n);
        }
        return Math.min(409f, 15f * Math.min(lines, 8));
    }

    private static void key(XSSFWorkbook wb, Styles st, Plan plan, LocalDate today) {
        XSSFSheet s = wb.createSheet("BRAG key");
        Row h = s.createRow(0);
        String[] heads = {"Letter", "BRAG", "Meaning"};
        for (int c = 0; c < heads.length; c++) {
            h.createCell(c).setCellValue(heads[c]);
            h.getCell(c).setCellStyle(st.header);
        }
        int r = 1;
        for (Brag b : List.of(Brag.BLUE, Brag.RED, Brag.AMBER, Brag.GREEN)) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(b.letter());
            row.getCell(0).setCellStyle(st.brag.get(b));
            row.createCell(1).setCellValue(b.label());
            row.createCell(2).setCellValue(plan.bragKey().meaning(b));
        }
        Row note = s.createRow(r + 1);
        note.createCell(0).setCellValue("The BRAG key of " + plan.organisation().name() + ", exported from Waymark on " + Dates.show(today) + ".");
        s.createRow(r + 2).createCell(0).setCellValue("A BRAG marked \"BRAG overridden\" on the Register was set by hand; \"BRAG reason\" gives why.");
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        s.setColumnWidth(0, 8 * 256);
        s.setColumnWidth(1, 10 * 256);
        s.setColumnWidth(2, 60 * 256);
    }

    /** Cell styles are workbook-wide and limited in number, so each is made once. */
    private static final class Styles {
        final CellStyle header, text, wrapped, date;
        final Map<Brag, CellStyle> brag = new EnumMap<>(Brag.class);

        Styles(XSSFWorkbook wb) {
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            bold.setColor(new XSSFColor(new byte[]{(byte) 255, (byte) 255, (byte) 255}));
            header = filled(wb, "005EB8", bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = wb.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            XSSFFont dark = wb.createFont();
            dark.setBold(true);
            dark.setColor(new XSSFColor(new byte[]{0x21, 0x2B, 0x32}));
            brag.put(Brag.RED, filled(wb, "B3261E", bold));
            brag.put(Brag.AMBER, filled(wb, "FFB81C", dark));
            brag.put(Brag.GREEN, filled(wb, "006747", bold));
            brag.put(Brag.BLUE, filled(wb, "005EB8", bold));
            for (CellStyle s : brag.values()) { s.setAlignment(HorizontalAlignment.CENTER); s.setVerticalAlignment(VerticalAlignment.TOP); }
        }

        private static XSSFCellStyle filled(XSSFWorkbook wb, String hex, XSSFFont font) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(hex)));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setFont(font);
            return s;
        }
    }
}
