package org.waymark.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.RegimeService;
import org.waymark.app.TestPlans;
import org.waymark.domain.RegimeEntry;
import org.waymark.domain.RegimeEvent;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.PackModel;
import org.waymark.report.model.Section;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regime history in the pack: a table in Exit readiness and a marker per step on the timeline, PDF and HTML alike. */
class RegimeHistoryPackTest {

    static final String ENTERED = "Entered, now in segment 5 (Provider Improvement Programme)";
    static final String MOVED = "Moved from segment 5 to segment 4, now in segment 4 of the NHS Oversight Framework 2025/26";

    @TempDir Path dir;

    @Test
    void enteredAndASegmentChangeShowAsTwoRowsInTheRegimesOwnWords() throws Exception {
        try (PlanSession s = TestPlans.segmentFive(dir.resolve("plan"))) {
            new RegimeService(s).record(new RegimeEntry(0, LocalDate.of(2026, 4, 1), RegimeEvent.SEGMENT_CHANGED, "nof-2025-26", "4", "Moved by NHS England"));
            BoardPackService packs = new BoardPackService(s);
            long meeting = packs.meeting("latest").orElseThrow().id();

            PackModel model = PackModels.of(packs.content(meeting, EnumSet.allOf(PackSection.class)));
            List<List<String>> rows = history(section(model, "readiness")).rows().stream().map(r -> r.stream().map(Cell::text).toList()).toList();
            assertEquals(List.of(
                    List.of("01/10/2025", ENTERED, "NHS Oversight Framework 2025/26", "Segment 5"),
                    List.of("01/04/2026", MOVED, "NHS Oversight Framework 2025/26", "Segment 4")), rows);

            Block.Timeline timeline = section(model, "timeline").blocks().stream().filter(b -> b instanceof Block.Timeline)
                    .map(b -> (Block.Timeline) b).findFirst().orElseThrow();
            assertEquals(List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 4, 1)),
                    timeline.data().regimeSteps().stream().map(r -> r.date()).toList());
            assertFalse(timeline.data().from().isAfter(LocalDate.of(2025, 10, 1)), "the span reaches the first step");
            assertTrue(timeline.data().to().isAfter(LocalDate.of(2026, 4, 1)), "and the last");

            Path pdf = dir.resolve("pack.pdf");
            Path html = dir.resolve("pack.html");
            new PdfBoardPackExporter().export(s, meeting, EnumSet.allOf(PackSection.class), pdf, BoardPackExporter.Progress.NONE);
            new PdfBoardPackExporter().export(s, meeting, EnumSet.allOf(PackSection.class), html, BoardPackExporter.Progress.NONE);

            String pdfText;
            List<String> figureAlts = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), figureAlts);
            }
            List<String> timelineAlts = figureAlts.stream().filter(a -> a.startsWith("Timeline of actions")).toList();
            assertFalse(timelineAlts.isEmpty(), figureAlts.toString());
            for (String alt : timelineAlts) {
                assertTrue(alt.endsWith("Regime steps: 01/10/2025, " + ENTERED + "; 01/04/2026, " + MOVED + ";"), "every timeline page names the steps: " + alt);
            }
            assertTrue(pdfText.contains("Regime history"), pdfText);
            for (String words : List.of("01/10/2025", ENTERED, "01/04/2026", MOVED, "Segment 4")) assertTrue(pdfText.contains(words), words + " in " + pdfText);
            assertTrue(pdfText.contains("A purple line and flag on the top row mark each step in the oversight regime"), pdfText);
            assertFalse(pdfText.toLowerCase(Locale.UK).contains("special measures"), pdfText);

            String page = Files.readString(html);
            var sections = HtmlPages.sections(page);
            List<List<String>> htmlRows = HtmlPages.tables(sections.get("readiness")).stream()
                    .filter(t -> t.caption().startsWith("Regime history")).findFirst().orElseThrow().rows();
            assertEquals(rows, htmlRows);
            String timelineText = HtmlPages.text(sections.get("timeline"));
            assertTrue(timelineText.contains("Purple lines mark the steps in the oversight regime: 01/10/2025, " + ENTERED + "; 01/04/2026, " + MOVED + ";"),
                    timelineText);
            assertTrue(sections.get("timeline").contains("class=\"regime\""), "a line per step");
            assertEquals(2, sections.get("timeline").split("class=\"flag\"", -1).length - 1, "a flag per step");
        }
    }

    @Test
    void aPlanInNoRegimeSaysSoAndMarksNothing() throws Exception {
        try (PlanSession s = TestPlans.demo(dir.resolve("none"))) {
            RegimeService regimes = new RegimeService(s);
            regimes.undo(s.plan().regimeHistory().current().orElseThrow().id());
            assertTrue(s.plan().regimeHistory().entries().isEmpty(), "the demo has one step");
            BoardPackService packs = new BoardPackService(s);
            PackContent content = packs.content(packs.meeting("latest").orElseThrow().id(), EnumSet.allOf(PackSection.class));
            PackModel model = PackModels.of(content);
            Block.Table table = history(section(model, "readiness"));
            assertTrue(table.rows().isEmpty());
            assertEquals("The plan records no regime history.", table.empty());
            String timeline = section(model, "timeline").blocks().stream().filter(b -> b instanceof Block.Paragraph)
                    .map(b -> ((Block.Paragraph) b).text()).findFirst().orElseThrow();
            assertFalse(timeline.contains("purple"), timeline);
        }
    }

    /** The alternative text of every Figure in the structure tree, in reading order. */
    private static void figures(List<Object> kids, List<String> out) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType()) && e.getAlternateDescription() != null) out.add(e.getAlternateDescription());
                figures(e.getKids(), out);
            }
        }
    }

    private static Section section(PackModel model, String id) {
        return model.sections().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private static Block.Table history(Section readiness) {
        return readiness.blocks().stream().filter(b -> b instanceof Block.Table t && t.caption().startsWith("Regime history"))
                .map(b -> (Block.Table) b).findFirst().orElseThrow();
    }
}
