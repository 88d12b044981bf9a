package org.waymark.io;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.NewPlan;
import org.waymark.app.PlanSession;
import org.waymark.app.TagService;
import org.waymark.app.regulation.RegulationLibrary;
import org.waymark.domain.FrameworkTag;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A quality-statement column tags the imported findings (or actions) with the plan's framework items. */
class QualityStatementImportTest {

    @TempDir Path dir;

    @Test
    void codesAndNamesAreRecognisedAndAnUnknownOneIsAWarning() throws Exception {
        Path xlsx = dir.resolve("plan.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = wb.createSheet("Plan");
            String[][] rows = {
                    {"Ref", "Finding", "Action", "Due date", "Quality statement"},
                    {"A1", "Staffing levels unsafe at night", "Recruit night staff", "31/03/2026", "S6; Learning culture"},
                    {"A2", "Staffing levels unsafe at night", "Agency cover rules", "30/04/2026", "s6"},
                    {"A3", "", "Board development programme", "30/06/2026", "W9 Made up statement"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            wb.write(out);
        }
        try (PlanSession s = NewPlan.create(dir.resolve("plan.waymark"), "Test Trust", "pmo", ImportTestSupport.APRIL_2018, null,
                "cqc-saf-2023", RegulationLibrary.bundled().catalogue())) {
            SpreadsheetImport imp = ImportTestSupport.importer(dir);
            SpreadsheetImport.Loaded loaded = imp.load(xlsx);
            assertTrue(loaded.mapping().fields().contains(Field.QUALITY_STATEMENT), loaded.mapping().fields().toString());
            ImportReport report = imp.dryRun(loaded, s, DuplicateChoice.ASK);
            RowReport a3 = report.rows().stream().filter(r -> r.ref().equals("A3")).findFirst().orElseThrow();
            assertTrue(a3.notes().stream().anyMatch(n -> n.cell().endsWith("E4") && n.text().contains("is not a quality statement of CQC single assessment framework")),
                    a3.notes().toString());
            assertEquals(3, imp.commit(report, s, false));

            List<FrameworkTag> tags = new TagService(s).tags();
            long finding = s.plan().requirements().get(0).id();
            assertEquals(List.of("S6", "S1"), tags.stream().filter(t -> Long.valueOf(finding).equals(t.requirementId())).map(FrameworkTag::code).toList(),
                    "the finding merged down two rows is tagged once with each statement");
            assertEquals(2, tags.size(), "A3 names no statement Waymark knows, so nothing is tagged for it");
            assertTrue(tags.stream().allMatch(t -> t.framework().equals("cqc-saf-2023") && !t.needsReview()));
            assertTrue(s.read(org.waymark.app.IntegrityChecks::data).proven());
        }
    }
}
