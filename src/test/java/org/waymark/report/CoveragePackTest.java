package org.waymark.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.TagService;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.Requirement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A segment-5 trust on the 2023 framework: the pack's coverage table, in PDF and HTML, from the one pack model. */
class CoveragePackTest {

    @TempDir Path dir;

    @Test
    void theCoverageTableShowsEachStatementItsCountsAndItsGaps() throws Exception {
        try (PlanSession s = TestPlans.segmentFive(dir)) {
            TagService tags = new TagService(s);
            tags.changeFramework("cqc-saf-2023");
            Requirement finding = s.plan().requirements().get(0);
            List<Action> answering = s.plan().actions().stream().filter(a -> Long.valueOf(finding.id()).equals(a.requirementId())).toList();
            tags.tagFinding(finding.id(), "S6");
            var s6 = tags.coverage().stream().filter(c -> c.item().code().equals("S6")).findFirst().orElseThrow();
            assertEquals(answering.size(), s6.actions());

            long meeting = new BoardPackService(s).meeting("latest").orElseThrow().id();
            Path pdf = dir.resolve("pack.pdf"), html = dir.resolve("pack.html");
            new PdfBoardPackExporter().export(s, meeting, EnumSet.of(PackSection.COVERAGE), pdf, BoardPackExporter.Progress.NONE);
            new PdfBoardPackExporter().export(s, meeting, EnumSet.of(PackSection.COVERAGE), html, BoardPackExporter.Progress.NONE);

            var safe = HtmlPages.tables(HtmlPages.sections(Files.readString(html)).get("coverage")).stream()
                    .filter(t -> t.caption().startsWith("Safe")).findFirst().orElseThrow();
            List<String> row = safe.rows().stream().filter(r -> r.get(0).startsWith("S6 ")).findFirst().orElseThrow();
            assertEquals(List.of("S6 Safe and effective staffing", "1", String.valueOf(answering.size())), row.subList(0, 3));
            assertEquals(8, safe.rows().size(), "the eight Safe quality statements, tagged or not");
            String pdfText;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            assertTrue(pdfText.contains("Quality-statement coverage"), pdfText);
            assertTrue(pdfText.contains("S6 Safe and effective staffing"), pdfText);
            long tagged = tags.coverage().stream().filter(c -> !c.untouched()).count();
            assertTrue(pdfText.contains(tagged + " of 34 quality statements have findings or actions tagged"), pdfText);
            assertFalse(pdfText.toLowerCase().contains("special measures"));
        }
    }
}
