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
import org.waymark.app.TestPlans;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole board pack of a segment-5 trust, PDF and HTML, in the regime's words and never "special measures". */
class SegmentFivePackTest {

    @TempDir Path dir;

    @Test
    void theSegmentFivePackNeverSaysSpecialMeasures() throws Exception {
        String[] five = pack(TestPlans.segmentFive(dir.resolve("five")), "five");
        for (String text : five) {
            String flat = text.replaceAll("\\s+", " ");
            assertFalse(flat.toLowerCase(Locale.UK).contains("special measures"), flat);
            assertTrue(flat.contains("in segment 5 (Provider Improvement Programme) since 01/10/2025"), flat);
            assertTrue(flat.contains("NHS Oversight Framework 2025/26, segment 5"), flat);
            assertTrue(flat.contains("To leave segment 5, the exit criteria below must be met"), flat);
            assertTrue(flat.contains("13 months in segment 5 (Provider Improvement Programme)"), "the executive summary: " + flat);
        }
    }

    @Test
    void aSpecialMeasuresPackSaysSoInTheSameWay() throws Exception {
        for (String text : pack(TestPlans.demo(dir.resolve("demo")), "demo")) {
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains("The trust has been in special measures since"), flat);
            assertFalse(flat.contains("Provider Improvement Programme"), flat);
        }
    }

    /** The PDF's text (as PDFBox extracts it) and the HTML's, of every section. */
    private String[] pack(PlanSession s, String name) throws Exception {
        try (s) {
            long meeting = new BoardPackService(s).meeting("latest").orElseThrow().id();
            Path pdf = dir.resolve(name + ".pdf");
            Path html = dir.resolve(name + ".html");
            new PdfBoardPackExporter().export(s, meeting, EnumSet.allOf(PackSection.class), pdf, BoardPackExporter.Progress.NONE);
            new PdfBoardPackExporter().export(s, meeting, EnumSet.allOf(PackSection.class), html, BoardPackExporter.Progress.NONE);
            String pdfText;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pdfText = new PDFTextStripper().getText(doc);
            }
            String htmlText = HtmlPages.text(Files.readString(html));
            return new String[]{pdfText, htmlText};
        }
    }
}
