package org.waymark.io;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A trust's emailed action plan, as they really arrive: a title block, merged cells, a section banner, blank rows,
 * dates typed five ways, BRAG in letters and words, regulations written freely, a duplicate ref, an impossible
 * date and a row with no action. Used by the tests and, through {@link #main}, as a demo file.
 */
public final class MessyWorkbook {

    /** The sheet's own row numbers (1-based) and what each holds, so tests can assert every row. */
    public static final int BANNER = 5, M1 = 6, M2 = 7, M3 = 8, M4 = 10, S1 = 11, S2 = 12, S3 = 13, S4 = 14, S5_IMPOSSIBLE = 15,
            M2_DUPLICATE = 16, NO_TEXT = 17, S6_FINDING_ONLY = 18, REG_20A = 19;

    private MessyWorkbook() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "sample-trust-action-plan.xlsx");
        write(out);
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    public static Path write(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Cover");
            XSSFSheet s = wb.createSheet("Action Plan");
            wb.getSheetAt(0).createRow(0).createCell(0).setCellValue("Please see the Action Plan tab. Owners: update by the 5th of each month.");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            row(s, 0, "North Downs Ambulance Service NHS Trust");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 12));
            row(s, 1, "CQC Improvement Plan – Must Do and Should Do actions (version 7, updated 03/04/2018)");
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 12));
            row(s, 3, "Ref", "CQC Finding", "Action(s) required", "Must / Should", "Regulation", "Domain", "Core Service",
                    "Exec Lead", "Action Owner", "Target Date", "RAG", "Progress Update", "Evidence");
            row(s, BANNER - 1, "SAFE");
            s.addMergedRegion(new CellRangeAddress(BANNER - 1, BANNER - 1, 0, 12));

            Row r = row(s, M1 - 1, "M1", "Staffing in the EOC did not meet the planned establishment on 40% of night shifts.",
                    "Recruit 40 additional call handlers and review the night rota", "Must", "Reg 18(1)", "Safe", "EOC",
                    "Director of Operations", "Head of EOC", null, "G", "Two recruitment campaigns complete; 22 starters.", "");
            r.createCell(9).setCellValue(LocalDate.of(2018, 6, 30));
            r.getCell(9).setCellStyle(date);
            r = row(s, M2 - 1, "M2", null, "Introduce a clinical supervision rota\nfor all shifts, including nights", "MUST DO",
                    "Regulation 12 - Safe care and treatment", "SAFE", "Emergency & Urgent Care", "director of operations", "", "31/07/2018", "  green ", "", "");
            r.getCell(2).setCellStyle(wrap);
            s.addMergedRegion(new CellRangeAddress(M1 - 1, M2 - 1, 1, 1));
            row(s, M3 - 1, "M3", "The board did not have oversight of serious incidents.", "Monthly serious-incident report to the Board",
                    "must", "Reg 17", "Well Led", "Trust-wide", "Chief Executive", "Head of Governance", "31.08.18", "a", "", "");
            // row 9 is left blank, as trusts leave gaps between sections
            row(s, M4 - 1, "M4", "Medicines were not stored securely at two stations.", "Install secure drug safes at all 14 stations",
                    "Must", "Reg 12(2)(g)", "safe", "EUC", "Medical Director", "Chief Pharmacist", "2018-09-30", "R", "", "");
            row(s, S1 - 1, "S1", "Call handlers should receive feedback on their calls.", "Introduce monthly call audit feedback",
                    "Should", "", "Responsive", "111", "Medical Director", "Clinical Lead NHS 111", "March 2019", "Amber/Red", "", "");
            row(s, S2 - 1, "S2", "Staff should have annual appraisals.", "Raise appraisal rate to 85%", "SHOULD DO", "", "Well-led",
                    "Provider", "Director of HR", "HR Business Partner", "Q2 2018/19", "", "", "");
            row(s, S3 - 1, "S3", "Vehicle deep cleaning should be recorded.", "Introduce a deep-clean log on every vehicle", "Should", "",
                    "Safe", "PTS", "Director of Operations", "Fleet Manager", "Complete", "B", "", "Audit report March 2018, presented to Q&S committee");
            row(s, S4 - 1, "S4", "Frequent callers should have care plans.", "Agree care plans for the top 50 frequent callers", "Should", "",
                    "Effective", "EOC", "Medical Director", "", "TBC", "A", "", "");
            row(s, S5_IMPOSSIBLE - 1, "S5", "Safeguarding referrals should be tracked.", "Add referral tracking to the CAD", "Should", "Reg 13",
                    "Safe", "EOC", "Director of Nursing", "Named Professional for Safeguarding", "31/02/2018", "G", "", "");
            row(s, M2_DUPLICATE - 1, "M2", "Duplicate of M2 pasted from last month's version.", "Introduce a clinical supervision rota", "Must", "Reg 12",
                    "Safe", "EUC", "Director of Operations", "", "31/07/2018", "G", "", "");
            row(s, NO_TEXT - 1, "", "", "", "", "", "", "", "Director of Nursing", "", "", "A", "", "");
            row(s, S6_FINDING_ONLY - 1, "S6", "Hand hygiene audits should be completed monthly at every station.\nResults to IPC committee.", "",
                    "should", "", "Safe", "Emergency and urgent care", "Director of Nursing", "IPC Lead", "30/11/2018", "g", "", "");
            row(s, REG_20A - 1, "M5", "Patients were not told when things went wrong.", "Train managers in duty of candour", "M", "Reg 20A",
                    "well-led", "trustwide", "Director of Nursing", "Patient Safety Lead", "Sept 2018", "G", "", "");
            for (int c = 0; c < 13; c++) s.setColumnWidth(c, 20 * 256);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static Row row(XSSFSheet s, int index, String... values) {
        Row r = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) r.createCell(i).setCellValue(values[i]);
        }
        return r;
    }
}
