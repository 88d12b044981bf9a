package org.waymark.io;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;
import org.waymark.domain.Action;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.*;

/** Values a spreadsheet or a plan document cannot hold become marked notes or named problems, never stack traces. */
class ForeignValuesExportTest {

    @TempDir Path dir;

    @Test void aCellOverTheXlsxLimitIsCutWithANoteAndKeptWholeOnTheLongTextSheet() throws Exception {
        String description = "Ünïcödé 🙂 ".repeat(4_000); // 44,000 chars, with surrogate pairs to cut around
        String update = "=cmd|' /C calc'!A0 ".repeat(6_000); // 114,000 chars, starting like a formula
        Path plan;
        try (PlanSession s = TestPlans.demo(dir)) {
            plan = s.file();
            Action a = s.plan().actions().get(0);
            new ActionService(s).editDetails(new Action(a.id(), a.ref(), a.title(), description, a.requirementId(), a.themeId(),
                    a.executiveLeadId(), a.operationalLeadId(), a.committeeId(), a.start(), a.originalDue(), a.currentDue(),
                    a.status(), a.progress(), a.override(), a.signOff()), "long text");
            new ActionService(s).postUpdate(a.id(), update, null);
        }
        Path out = dir.resolve("register.xlsx");
        CliRunner.Result r = CliRunner.run("export", plan.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet register = wb.getSheet("Register");
            Row header = register.getRow(0), first = register.getRow(1);
            int descCol = column(header, "Description"), updateCol = column(header, "Latest update");
            String cut = first.getCell(descCol).getStringCellValue();
            assertTrue(cut.length() <= 32_767, "cell within Excel's limit");
            assertTrue(cut.endsWith("characters in all; the full text is on the sheet \"Long text\", row 2.]"), cut.substring(cut.length() - 120));
            assertTrue(description.startsWith(cut.substring(0, cut.indexOf(" […cut"))), "the cell keeps the start of the text");
            assertTrue(first.getCell(updateCol).getStringCellValue().startsWith("'="), "the cut update is still neutralised");

            Sheet longText = wb.getSheet("Long text");
            String descBack = whole(longText.getRow(1)), updateBack = whole(longText.getRow(2));
            assertTrue(descBack.equals(description), "description kept whole, in order: " + descBack.length() + " of " + description.length());
            assertEquals("Description", longText.getRow(1).getCell(1).getStringCellValue());
            assertEquals(description.length(), (int) longText.getRow(1).getCell(2).getNumericCellValue());
            assertTrue(updateBack.equals(update.strip()), "update kept whole: " + updateBack.length() + " of " + update.length());
            assertTrue(longText.getRow(2).getCell(3).getStringCellValue().startsWith("'="), "each part is neutralised");
        }
    }

    private static int column(Row header, String name) {
        for (var c : header) if (c.getStringCellValue().equals(name)) return c.getColumnIndex();
        throw new AssertionError("no column " + name);
    }

    private static String whole(Row row) {
        StringBuilder b = new StringBuilder();
        for (int c = 3; c < row.getLastCellNum(); c++) {
            String part = row.getCell(c).getStringCellValue();
            // The importer's rule: an apostrophe before a formula character was added on export.
            b.append(part.length() > 1 && part.charAt(0) == '\'' && "=+-@".indexOf(part.charAt(1)) >= 0 ? part.substring(1) : part);
        }
        return b.toString();
    }

    @Test void binaryDataAndNonFiniteNumbersAreNamedOnJsonExportAndNothingIsWritten() throws Exception {
        Path plan;
        try (PlanSession s = TestPlans.demo(dir)) { plan = s.file(); }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plan); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE action SET description = X'DEADBEEF' WHERE ref = 'A002'");
            st.executeUpdate("UPDATE metric_observation SET value = 9e999 WHERE rowid = (SELECT min(rowid) FROM metric_observation)");
        }
        byte[] before = Files.readAllBytes(plan);
        Path out = dir.resolve("plan.json");
        CliRunner.Result r = CliRunner.run("export", plan.toString(), "-o", out.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("column description: binary data (4 bytes)"), r.err());
        assertTrue(r.err().contains("column value: the number Infinity"), r.err());
        assertTrue(r.err().contains("The plan holds 2 values"), r.err());
        assertTrue(r.err().contains("Nothing was written."), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out));
        assertArrayEquals(before, Files.readAllBytes(plan));
    }
}
