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
import org.waymark.domain.Action;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.*;

/** The next pack shows the last board's questions with their answers, the same in the PDF and the HTML. */
class QuestionsSectionTest {

    @TempDir Path dir;

    @Test
    void theNextPackListsTheLastBoardsQuestionsAndAnswersInPdfAndHtml() throws Exception {
        try (PlanSession s = TestPlans.demo(dir)) {
            PackQuestions.askAndAnswer(s);
            Action first = s.plan().actions().get(0);
            long latest = new BoardPackService(s).meeting("latest").orElseThrow().id();
            Path pdf = dir.resolve("pack.pdf"), html = dir.resolve("pack.html");
            var sections = EnumSet.of(PackSection.QUESTIONS);
            new PdfBoardPackExporter().export(s, latest, sections, pdf, BoardPackExporter.Progress.NONE);
            new PdfBoardPackExporter().export(s, latest, sections, html, BoardPackExporter.Progress.NONE);
            String page = Files.readString(html);
            assertTrue(page.contains("<h2 id=\"questions\"") || page.contains("id=\"questions\""), "the section is in the HTML");
            assertTrue(page.contains("Questions from the last board and answers"));
            assertTrue(page.contains("What stops this slipping again? &lt;script&gt;alert(1)&lt;/script&gt;"), "question text escaped, not run");
            assertTrue(page.contains("A weekly check by the deputy director &amp; a revised trajectory."));
            assertTrue(page.contains("Not yet answered"));
            assertTrue(page.contains(first.ref()));
            String text;
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) { text = new PDFTextStripper().getText(d).replaceAll("\\s+", " "); }
            assertTrue(text.contains("2 questions and comments from Trust Board (public)"), text);
            assertTrue(text.contains("1 answered, 1 awaiting an answer"), text);
            assertTrue(text.contains("Not yet answered"), text);
            assertTrue(text.contains("Section: Exception report"), text);
        }
    }
}
