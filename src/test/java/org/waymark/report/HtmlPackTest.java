package org.waymark.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The HTML pack against the PDF made from the same plan in the same run: the same sections in the same order, and
 * every figure of every table in the HTML also in the PDF's text. Also its structure: one h1, landmarks, captions,
 * scoped headers, charts as images with their data, and working contents links.
 */
class HtmlPackTest {

    @TempDir static Path dir;
    static PlanSession session;
    static String html;
    static Map<String, String> pdfSections = new LinkedHashMap<>();

    @BeforeAll
    static void export() throws Exception {
        session = TestPlans.demo(dir);
        long meeting = new BoardPackService(session).meeting("latest").orElseThrow().id();
        Path pdf = dir.resolve("pack.pdf"), page = dir.resolve("pack.html");
        new PdfBoardPackExporter().export(session, meeting, EnumSet.allOf(PackSection.class), pdf, BoardPackExporter.Progress.NONE);
        new PdfBoardPackExporter().export(session, meeting, EnumSet.allOf(PackSection.class), page, BoardPackExporter.Progress.NONE);
        html = Files.readString(page, StandardCharsets.UTF_8);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDOutlineItem> items = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
            for (int i = 0; i < items.size(); i++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setSortByPosition(true);
                s.setStartPage(doc.getPages().indexOf(((PDPageDestination) items.get(i).getDestination()).getPage()) + 1);
                s.setEndPage(i + 1 < items.size() ? doc.getPages().indexOf(((PDPageDestination) items.get(i + 1).getDestination()).getPage()) : doc.getNumberOfPages());
                pdfSections.put(items.get(i).getTitle(), s.getText(doc).replaceAll("\\s+", " "));
            }
        }
    }

    @AfterAll
    static void close() { session.close(); }

    @Test
    void theSectionsAreThePdfsInTheSameOrder() {
        List<String> pdf = new ArrayList<>(pdfSections.keySet());
        pdf.remove("Contents");
        List<String> titles = new ArrayList<>();
        Matcher m = Pattern.compile("<h[12] id=\"[a-z]+-h\">(.*?)</h[12]>").matcher(html);
        while (m.find()) titles.add(HtmlPages.text(m.group(1)));
        titles.remove("Contents");
        assertEquals(pdf, titles);
    }

    @Test
    void everyFigureInTheHtmlTablesIsInThePdf() {
        Map<String, String> sections = HtmlPages.sections(html);
        int checked = 0;
        for (PackSection ps : PackSection.values()) {
            if (ps == PackSection.METRICS || ps == PackSection.TIMELINE) continue; // their tables are the charts' data, drawn in the PDF
            String id = ps == PackSection.COVER ? "cover" : ps == PackSection.WARNING_NOTICES ? "notices" : ps.key();
            String title = ps == PackSection.COVER ? pdfSections.keySet().iterator().next() : ps.title();
            String pdf = pdfSections.get(title);
            assertNotNull(pdf, title);
            for (HtmlPages.Table t : HtmlPages.tables(sections.get(id))) {
                for (List<String> row : t.rows()) {
                    boolean allNumbers = row.subList(1, row.size()).stream().allMatch(c -> c.matches("[\\d%—]+"));
                    if (allNumbers) {
                        assertTrue(pdf.contains(String.join(" ", row)), t.caption() + " row " + row + " in the PDF's " + title);
                    } else {
                        assertTrue(pdf.contains(row.get(0).split(" ")[0]), t.caption() + ": " + row.get(0));
                        for (String cell : row) {
                            if (cell.matches("\\d{2}/\\d{2}/\\d{4}|\\d+%?")) assertTrue(pdf.contains(cell), t.caption() + " " + row.get(0) + ": " + cell);
                        }
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > session.plan().actions().size(), "rows compared: " + checked);
        Matcher fig = Pattern.compile("<span class=\"value\">(.*?)</span> <span class=\"caption\">(.*?)</span>").matcher(html);
        int figures = 0;
        while (fig.find()) {
            String pdf = String.join(" ", pdfSections.values());
            assertTrue(pdf.contains(HtmlPages.text(fig.group(1))) && pdf.contains(HtmlPages.text(fig.group(2))), fig.group(0));
            figures++;
        }
        assertEquals(8, figures);
    }

    @Test
    void theRegisterListsTheSameActionsInBoth() {
        TreeSet<String> html = new TreeSet<>(), plan = new TreeSet<>();
        for (HtmlPages.Table t : HtmlPages.tables(HtmlPages.sections(HtmlPackTest.html).get("appendix"))) for (List<String> r : t.rows()) html.add(r.get(0));
        session.plan().actions().forEach(a -> plan.add(a.ref()));
        assertEquals(plan, html);
        for (String ref : plan) assertTrue(pdfSections.get("Appendix: full register").contains(ref), ref);
    }

    @Test
    void oneH1LanguageLandmarksAndASkipLink() {
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
        assertEquals(1, count("<h1"));
        for (String s : List.of("<main id=\"main\">", "<header", "<footer", "<nav ", "<a class=\"skip\" href=\"#main\">")) assertTrue(html.contains(s), s);
        assertEquals(1, count("<script"), "one script element: the record verify reads");
        assertTrue(html.contains("<script type=\"application/json\" id=\"waymark-pack-record\">"), "a JSON data block, which no browser runs");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing loaded from elsewhere");
    }

    @Test
    void headingsNestWithoutSkippingALevel() {
        Matcher m = Pattern.compile("<h([1-6])").matcher(html);
        int last = 0;
        while (m.find()) {
            int level = Integer.parseInt(m.group(1));
            assertTrue(level <= last + 1, "h" + level + " after h" + last + " at " + m.start());
            last = level;
        }
    }

    @Test
    void everyTableHasACaptionAndScopedHeaders() {
        assertEquals(count("<table"), count("<caption>"));
        Matcher th = Pattern.compile("<th( [^>]*)?>").matcher(html);
        while (th.find()) assertTrue(th.group().contains("scope=\"col\"") || th.group().contains("scope=\"row\""), th.group());
    }

    @Test
    void everyChartIsAnImageWithTitleDescriptionAndItsDataRightAfter() {
        Matcher m = Pattern.compile("<svg class=\"chart[^\"]*\" role=\"img\"[^>]*aria-labelledby=\"([\\w-]+) ([\\w-]+)\"><title id=\"\\1\">[^<]+</title><desc id=\"\\2\">[^<]+</desc>")
                .matcher(html);
        int charts = 0;
        while (m.find()) {
            charts++;
            int end = html.indexOf("</svg>", m.end());
            assertTrue(html.startsWith("</svg>\n<details class=\"data", end) && html.indexOf("<summary>Data table: ", end) < html.indexOf("</details>", end),
                    "data after chart " + m.group(1));
        }
        assertEquals(count("<svg class=\"chart"), charts);
        assertTrue(charts >= 3 + session.plan().metrics().size() + 1, "bar charts, a chart per metric and the timeline: " + charts);
    }

    @Test
    void contentsLinksReachTheirSections() {
        Matcher m = Pattern.compile("<a href=\"#([\\w-]+)\">").matcher(html);
        int links = 0;
        while (m.find()) {
            assertTrue(html.contains("id=\"" + m.group(1) + "\""), m.group(1));
            links++;
        }
        assertTrue(links >= 8);
    }

    @Test
    void bragShowsAShapeALetterAndAWord() {
        for (String k : List.of("r", "a", "g", "b")) assertTrue(html.contains("<symbol id=\"shape-" + k + "\""), k);
        assertTrue(html.contains("<span class=\"brag brag-r\"><svg class=\"shape\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 10 10\">"
                + "<use href=\"#shape-r\"/></svg><b>R</b> Red</span>"));
    }

    @Test
    void theWordingFixesReachTheHtmlToo() {
        assertTrue(html.contains("Drift, under a ref, marks an action") || !html.contains("<br>Drift"), "Drift is defined where it is used");
        assertFalse(Pattern.compile("\\b1 actions\\b|\\b1 months\\b|\\b1 days\\b").matcher(HtmlPages.text(html)).find(), "singular after 1");
        assertFalse(Pattern.compile("Latest \\([A-Z][a-z]{2} \\d{2}\\)").matcher(html).find(), "months with four-digit years");
        assertTrue(html.contains("To be chosen by the author"), "assurance level is left for the author");
    }

    @Test
    void hostileTextStaysText(@TempDir Path other) throws Exception {
        Path out = other.resolve("hostile.html");
        try (PlanSession s = HostilePlans.write(other.resolve("plan"))) {
            long meeting = new BoardPackService(s).meeting("latest").orElseThrow().id();
            new PdfBoardPackExporter().export(s, meeting, EnumSet.allOf(PackSection.class), out, BoardPackExporter.Progress.NONE);
        }
        String page = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(page.indexOf("<script"), page.lastIndexOf("<script"), "one script element, no other");
        assertTrue(page.contains("<script type=\"application/json\" id=\"waymark-pack-record\">"), "and that one is the record's data block");
        assertFalse(page.contains("<img"), "no image element");
        assertFalse(page.contains("href=\"https://example.invalid\""), "no link from plan text");
        assertTrue(page.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(&#39;pack&#39;)&lt;/script&gt;"), "the title shows as typed");
        assertTrue(page.contains("&lt;h1&gt;Second heading&lt;/h1&gt;"));
        assertEquals(1, page.split("<h1", -1).length - 1, "still one h1");
        assertTrue(page.contains("an &amp;amp;amp;"), "an entity typed as text stays text");
        assertTrue(page.contains("O&#39;Brien &amp; &lt;Sons&gt;"));
        assertEquals(HtmlPages.tables(page).size(), page.split("<table", -1).length - 1, "every table still closes where it should");
    }

    private static int count(String s) {
        int n = 0;
        for (int i = html.indexOf(s); i >= 0; i = html.indexOf(s, i + 1)) n++;
        return n;
    }
}
