package org.waymark.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Plan;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PlanExportTest {

    @TempDir Path dir;

    @Test void jsonExportImportExportGivesTheIdenticalDocumentAndAnIntactAuditChain() throws Exception {
        try (PlanSession demo = TestPlans.demo(dir)) {
            Path first = dir.resolve("first.json");
            new FileExporter().export(demo, first);
            try (PlanSession copy = PlanJson.importInto(first, dir.resolve("copy.waymark"), "tester", TestPlans.CLOCK)) {
                Path second = dir.resolve("second.json");
                new FileExporter().export(copy, second);
                assertEquals(Files.readString(first), Files.readString(second));
                assertTrue(copy.verifyAudit().intact(), "the copied audit chain verifies");
                assertEquals(demo.auditRows(), copy.auditRows());
                assertEquals(demo.plan().actions(), copy.plan().actions());
                assertEquals(demo.plan().snapshots(), copy.plan().snapshots());
                assertFalse(copy.plan().snapshots().isEmpty(), "the demo has snapshots, so they were carried");
                assertEquals(demo.readiness().toString(), copy.readiness().toString(), "the same picture for the board");
            }
            String doc = Files.readString(first);
            assertTrue(doc.contains("\"formatVersion\" : 1"), doc.substring(0, 200));
            assertTrue(doc.contains("\"audit_log\""));
        }
    }

    @Test void xlsxIsFormattedWithFrozenHeaderAutofilterRealDatesAndLetteredColouredBrag() throws Exception {
        try (PlanSession demo = TestPlans.demo(dir)) {
            Path xlsx = dir.resolve("register.xlsx");
            new FileExporter().export(demo, xlsx);
            Plan plan = demo.plan();
            try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
                XSSFSheet s = wb.getSheet("Register");
                assertNotNull(s.getPaneInformation());
                assertTrue(s.getPaneInformation().isFreezePane());
                assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
                assertNotNull(s.getCTWorksheet().getAutoFilter());
                assertEquals(plan.actions().size(), s.getLastRowNum());
                assertNotNull(wb.getSheet("BRAG key"));
                Action a = plan.actions().get(0);
                Row r = s.getRow(1);
                assertEquals(a.ref(), r.getCell(0).getStringCellValue());
                Cell due = r.getCell(RegisterRows.HEADERS.indexOf("Due date"));
                assertEquals(CellType.NUMERIC, due.getCellType(), "a real date, not text");
                assertEquals(a.currentDue(), due.getLocalDateTimeCellValue().toLocalDate());
                assertEquals("dd/mm/yyyy", due.getCellStyle().getDataFormatString());
                for (int i = 1; i <= s.getLastRowNum(); i++) {
                    Cell brag = s.getRow(i).getCell(RegisterRows.BRAG_COLUMN);
                    Action ai = plan.actions().get(i - 1);
                    assertEquals(plan.brag(ai, demo.today()).brag().letter(), brag.getStringCellValue());
                    String fill = HexFormat.of().formatHex(((XSSFCellStyle) brag.getCellStyle()).getFillForegroundColorColor().getRGB()).toUpperCase();
                    assertEquals(switch (brag.getStringCellValue()) { case "R" -> "B3261E"; case "A" -> "FFB81C"; case "G" -> "006747"; default -> "005EB8"; }, fill);
                }
            }
        }
    }

    @Test void csvAndXlsxNeutraliseFormulaInjection() throws Exception {
        try (PlanSession s = TestPlans.empty(dir)) {
            new ActionService(s).add(new Action(0, "X1", "=HYPERLINK(\"http://evil\",\"click\")", "@SUM(A1)", null, null, null, null, null,
                    null, LocalDate.of(2027, 1, 31), null, ActionStatus.NOT_STARTED, 0, null, null));
            Path csv = dir.resolve("r.csv");
            new FileExporter().export(s, csv);
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF"));
            List<CSVRecord> recs = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
            assertEquals("'=HYPERLINK(\"http://evil\",\"click\")", recs.get(1).get(1));
            assertEquals("'@SUM(A1)", recs.get(1).get(2));
            assertEquals("31/01/2027", recs.get(1).get(RegisterRows.HEADERS.indexOf("Due date")));
            Path xlsx = dir.resolve("r.xlsx");
            new FileExporter().export(s, xlsx);
            try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
                Cell c = wb.getSheetAt(0).getRow(1).getCell(1);
                assertEquals(CellType.STRING, c.getCellType());
                assertEquals("'=HYPERLINK(\"http://evil\",\"click\")", c.getStringCellValue());
            }
        }
    }

    @Test void anExportedRegisterImportsIntoAnotherPlan() throws Exception {
        try (PlanSession demo = TestPlans.demo(dir)) {
            Path xlsx = dir.resolve("register.xlsx");
            new FileExporter().export(demo, xlsx);
            try (PlanSession other = PlanSession.create(dir.resolve("other.waymark"), "Other trust", "tester", TestPlans.CLOCK)) {
                SpreadsheetImport imp = ImportTestSupport.importer(dir);
                ImportReport report = imp.dryRun(imp.load(xlsx), other, DuplicateChoice.ASK);
                assertEquals(0, report.count(Outcome.REJECTED), () -> report.rows().stream().filter(r -> r.outcome() == Outcome.REJECTED).toList().toString());
                imp.commit(report, other, false);
                assertEquals(demo.plan().actions().size(), other.plan().actions().size());
                assertEquals(demo.plan().actions().stream().map(Action::title).toList(), other.plan().actions().stream().map(Action::title).toList());
                for (Action a : other.plan().actions()) {
                    Action original = demo.plan().actions().stream().filter(x -> x.ref().equals(a.ref())).findFirst().orElseThrow();
                    assertEquals(demo.plan().brag(original, demo.today()).brag(), other.plan().brag(a, other.today()).brag(), a.ref() + ": the board's picture is kept");
                }
            }
        }
    }
}
