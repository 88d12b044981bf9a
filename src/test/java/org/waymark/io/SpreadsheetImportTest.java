package org.waymark.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.domain.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.waymark.io.MessyWorkbook.*;

class SpreadsheetImportTest {

    @TempDir Path dir;

    private Map<Integer, RowReport> byRow(ImportReport r) {
        return r.rows().stream().collect(Collectors.toMap(RowReport::row, x -> x));
    }

    private static boolean says(RowReport r, String cell, String fragment) {
        return r.notes().stream().anyMatch(n -> n.cell().equals(cell) && n.text().contains(fragment));
    }

    @Test void findsTheHeaderUnderTheTitleBlockOnTheRightSheetAndProposesTheMapping() throws Exception {
        Path xlsx = MessyWorkbook.write(dir.resolve("North Downs CQC plan v7.xlsx"));
        SpreadsheetImport.Loaded l = ImportTestSupport.importer(dir).load(xlsx);
        assertEquals("Action Plan", l.sheetName());
        assertEquals(3, l.headerRow(), "the header is sheet row 4, under two title rows and a blank row");
        assertEquals(List.of(Field.REF, Field.FINDING, Field.TITLE, Field.PRIORITY, Field.REGULATION, Field.KEY_QUESTION, Field.CORE_SERVICE,
                Field.EXECUTIVE_LEAD, Field.OPERATIONAL_LEAD, Field.DUE, Field.BRAG, Field.UPDATE, Field.EVIDENCE), l.mapping().fields());
    }

    @Test void dryRunGivesEveryRowItsOutcomeWithCellReferences() throws Exception {
        Path xlsx = MessyWorkbook.write(dir.resolve("plan.xlsx"));
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) {
            SpreadsheetImport imp = ImportTestSupport.importer(dir);
            ImportReport report = imp.dryRun(imp.load(xlsx), s, DuplicateChoice.ASK);
            Map<Integer, RowReport> rows = byRow(report);
            assertEquals(List.of(BANNER, M1, M2, M3, M4, S1, S2, S3, S4, S5_IMPOSSIBLE, M2_DUPLICATE, NO_TEXT, S6_FINDING_ONLY, REG_20A),
                    report.rows().stream().map(RowReport::row).toList(), "blank row 9 is not reported; every other row is");

            assertEquals(Outcome.SKIPPED, rows.get(BANNER).outcome(), "the SAFE banner is a heading");
            assertEquals(Outcome.ACCEPTED, rows.get(M1).outcome(), () -> rows.get(M1).notes().toString());
            assertEquals(Outcome.ACCEPTED, rows.get(M2).outcome(), () -> rows.get(M2).notes().toString());

            assertEquals(Outcome.WARNED, rows.get(M3).outcome());
            assertTrue(says(rows.get(M3), "'Action Plan'!K8", "sheet says Amber but Waymark's rules give Green"));
            assertEquals(Outcome.WARNED, rows.get(M4).outcome());
            assertTrue(says(rows.get(S1), "'Action Plan'!J11", "end of the month, 31/03/2019"));
            assertTrue(says(rows.get(S1), "'Action Plan'!K11", "the worse, Red, is kept"));
            assertTrue(says(rows.get(S2), "'Action Plan'!J12", "financial quarter; its last day, 30/09/2018"));
            assertTrue(says(rows.get(S2), "'Action Plan'!K12", "no BRAG given"));
            assertTrue(says(rows.get(S3), "'Action Plan'!J13", "imported as Complete"));
            assertTrue(says(rows.get(S3), "'Action Plan'!K13", "sheet says Blue but Waymark's rules give Green"));
            assertTrue(says(rows.get(S4), "'Action Plan'!J14", "\"TBC\" is not a date"));

            RowReport impossible = rows.get(S5_IMPOSSIBLE);
            assertEquals(Outcome.REJECTED, impossible.outcome());
            assertTrue(says(impossible, "'Action Plan'!J15", "not a real date (February 2018 has 28 days)"), impossible.notes().toString());

            assertEquals(Outcome.REJECTED, rows.get(M2_DUPLICATE).outcome());
            assertTrue(says(rows.get(M2_DUPLICATE), "'Action Plan'!A16", "ref M2 is also on row 7"));
            assertEquals(Outcome.REJECTED, rows.get(NO_TEXT).outcome());
            assertTrue(says(rows.get(NO_TEXT), "'Action Plan'!C17", "no action and no finding text"));

            assertEquals(Outcome.WARNED, rows.get(S6_FINDING_ONLY).outcome());
            assertEquals("Hand hygiene audits should be completed monthly at every station.", rows.get(S6_FINDING_ONLY).action().title());
            assertTrue(says(rows.get(REG_20A), "'Action Plan'!E19", "20A is recorded as 20"));
            assertEquals(LocalDate.of(2018, 9, 30), rows.get(REG_20A).action().due());

            assertEquals(LocalDate.of(2018, 6, 30), rows.get(M1).action().due(), "a real Excel date");
            assertEquals(LocalDate.of(2018, 8, 31), rows.get(M3).action().due(), "dd.MM.yy");
            assertEquals(LocalDate.of(2018, 9, 30), rows.get(M4).action().due(), "ISO");
            assertEquals(Brag.RED, rows.get(M4).action().override().brag(), "BRAG letter R");
            assertEquals(ActionStatus.COMPLETE, rows.get(S3).action().status());
            assertNull(rows.get(S4).action().due());
            assertEquals(12, rows.get(M2).action().regulation());
            assertEquals(18, rows.get(M1).action().regulation());
            assertEquals(KeyQuestion.WELL_LED, rows.get(M3).action().keyQuestion());
            assertNull(rows.get(M3).action().coreService(), "Trust-wide is the provider level");
            assertEquals("EUC", rows.get(M2).action().coreService().code(), "Emergency & Urgent Care");
            assertEquals("Introduce a clinical supervision rota\nfor all shifts, including nights", rows.get(M2).action().title(), "multi-line kept");
            assertEquals(rows.get(M1).action().finding(), rows.get(M2).action().finding(), "a finding merged down two rows belongs to both");
            assertTrue(Files.exists(s.file()));
        }
    }

    @Test void duplicateRefIsSkippedOrSuffixedAsTheUserChooses() throws Exception {
        Path xlsx = MessyWorkbook.write(dir.resolve("plan.xlsx"));
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) {
            SpreadsheetImport imp = ImportTestSupport.importer(dir);
            RowReport skipped = byRow(imp.dryRun(imp.load(xlsx), s, DuplicateChoice.SKIP)).get(M2_DUPLICATE);
            assertEquals(Outcome.SKIPPED, skipped.outcome());
            RowReport suffixed = byRow(imp.dryRun(imp.load(xlsx), s, DuplicateChoice.SUFFIX)).get(M2_DUPLICATE);
            assertEquals(Outcome.WARNED, suffixed.outcome());
            assertEquals("M2-2", suffixed.action().ref());
        }
    }

    @Test void rejectedRowsMeanNothingIsWrittenAndThePlanFileIsByteForByteUnchanged() throws Exception {
        Path xlsx = MessyWorkbook.write(dir.resolve("plan.xlsx"));
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) {
            SpreadsheetImport imp = ImportTestSupport.importer(dir);
            ImportReport report = imp.dryRun(imp.load(xlsx), s, DuplicateChoice.SUFFIX);
            byte[] before = Files.readAllBytes(s.file());
            long audit = s.auditRows();
            assertThrows(IllegalStateException.class, () -> imp.commit(report, s, false));
            assertArrayEquals(before, Files.readAllBytes(s.file()));
            assertEquals(audit, s.auditRows());
            assertTrue(s.plan().actions().isEmpty());
        }
    }

    @Test void acceptedRowsGoInAsOneAuditedImport() throws Exception {
        Path xlsx = MessyWorkbook.write(dir.resolve("North Downs plan.xlsx"));
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) {
            SpreadsheetImport imp = ImportTestSupport.importer(dir);
            ImportReport report = imp.dryRun(imp.load(xlsx), s, DuplicateChoice.SUFFIX);
            long auditBefore = s.auditRows();
            int n = imp.commit(report, s, true);
            assertEquals(11, n, "14 reported rows less the banner, the impossible date and the empty row");
            Plan p = s.plan();
            assertEquals(11, p.actions().size());
            assertTrue(s.history(null, null).stream().skip(auditBefore).allMatch(e -> "Imported from North Downs plan.xlsx".equals(e.why())),
                    "every audit row of the import names its source file");
            assertTrue(s.verifyAudit().intact());

            Action m3 = p.actions().stream().filter(a -> a.ref().equals("M3")).findFirst().orElseThrow();
            assertEquals(new BragOverride(Brag.AMBER, "As stated in North Downs plan.xlsx"), m3.override());
            assertEquals(Brag.AMBER, p.brag(m3, s.today()).brag());
            Action m1 = p.actions().stream().filter(a -> a.ref().equals("M1")).findFirst().orElseThrow();
            assertNull(m1.override(), "the sheet agrees with the rules");
            assertEquals("Two recruitment campaigns complete; 22 starters.", p.updatesOf(m1.id()).get(0).text());
            assertEquals("Director of Operations", p.person(m1.executiveLeadId()).orElseThrow().name());
            Action m2 = p.actions().stream().filter(a -> a.ref().equals("M2")).findFirst().orElseThrow();
            assertEquals(m1.executiveLeadId(), m2.executiveLeadId(), "\"director of operations\" is the same person");
            Action s3 = p.actions().stream().filter(a -> a.ref().equals("S3")).findFirst().orElseThrow();
            assertEquals(1, p.evidenceOf(s3.id()).size());
            assertFalse(p.evidenceOf(s3.id()).get(0).verified(), "imported evidence is not verified");
            assertEquals(Brag.BLUE, p.brag(s3, s.today()).brag(), "the board's Blue is kept, as an override");
            assertTrue(p.actions().stream().anyMatch(a -> a.ref().equals("M2-2")));
            assertNotEquals(m1.requirementId(), m2.requirementId(), "M2 shares M1's merged finding text but not its regulation or service");
            Requirement r1 = p.requirement(m1.requirementId()).orElseThrow();
            assertEquals(Priority.MUST, r1.priority());
            assertEquals("EOC", p.coreService(r1.coreServiceId()).orElseThrow().code());
            assertEquals(List.of("EOC", "EUC", "111", "PTS"), p.coreServices().stream().map(CoreService::code).toList());
            assertEquals(13, p.people().size(), "5 executive and 8 operational leads, each created once, by name");
        }
    }

    @Test void theChosenMappingIsRememberedForTheSameHeaders() throws Exception {
        Path xlsx = MessyWorkbook.write(dir.resolve("plan.xlsx"));
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) {
            SpreadsheetImport imp = ImportTestSupport.importer(dir);
            SpreadsheetImport.Loaded l = imp.load(xlsx);
            assertFalse(l.recalled());
            SpreadsheetImport.Loaded adjusted = l.with(SpreadsheetImport.adjust(l.mapping(), Map.of("Progress Update", "IGNORE")));
            imp.commit(imp.dryRun(adjusted, s, DuplicateChoice.SKIP), s, true);
            SpreadsheetImport.Loaded again = ImportTestSupport.importer(dir).load(xlsx);
            assertTrue(again.recalled());
            assertEquals(Field.IGNORE, again.mapping().fields().get(11));
        }
    }

    @Test void aLegacyXlsWorkbookImportsToo() throws Exception {
        Path xls = dir.resolve("old plan.xls");
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = Files.newOutputStream(xls)) {
            var s = wb.createSheet("Plan");
            String[][] rows = {{"Ref", "Action", "Lead Director", "Deadline", "BRAG"}, {"A1", "Audit medicines storage", "Medical Director", "30/06/2018", "g"},
                    {"A2", "Review the rota", "Director of Operations", "31/04/2018", "A"}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            wb.write(out);
        }
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) {
            SpreadsheetImport imp = ImportTestSupport.importer(dir);
            ImportReport report = imp.dryRun(imp.load(xls), s, DuplicateChoice.ASK);
            assertEquals(List.of(Outcome.ACCEPTED, Outcome.REJECTED), report.rows().stream().map(RowReport::outcome).toList());
            assertTrue(says(report.rows().get(1), "Plan!D3", "April 2018 has 30 days"), report.rows().get(1).notes().toString());
        }
    }

    @Test void oneFindingMergedOverSeveralActionsBecomesOneRequirement() throws Exception {
        Path xlsx = dir.resolve("shared.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(xlsx)) {
            var s = wb.createSheet("Plan");
            String[][] rows = {{"Ref", "Finding", "Action", "Must/Should", "Regulation", "Key question", "Target date"},
                    {"W1", "Medicines were not stored securely.", "Install drug safes", "Must", "Reg 12", "Safe", "30/06/2018"},
                    {"W2", null, "Audit safes monthly", "Must", "Reg 12", "Safe", "31/07/2018"},
                    {"W3", "Staff lacked appraisals.", "Run appraisals", "Should", "", "Well-led", "31/08/2018"}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) if (rows[r][c] != null) row.createCell(c).setCellValue(rows[r][c]);
            }
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 2, 1, 1));
            wb.write(out);
        }
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) {
            SpreadsheetImport imp = ImportTestSupport.importer(dir);
            imp.commit(imp.dryRun(imp.load(xlsx), s, DuplicateChoice.ASK), s, false);
            Plan p = s.plan();
            assertEquals(3, p.actions().size());
            assertEquals(2, p.requirements().size(), "W1 and W2 answer the same merged finding");
            assertEquals(p.actions().get(0).requirementId(), p.actions().get(1).requirementId());
            assertEquals("Medicines were not stored securely.", p.requirement(p.actions().get(1).requirementId()).orElseThrow().text());
        }
    }
}
