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
import org.waymark.domain.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** Reads each section's text back out of the PDF and checks it against the plan it was made from. */
class BoardPackContentTest {

    @TempDir static Path dir;
    static PlanSession session;
    static Plan plan;
    static LocalDate today;
    static ReadinessSummary readiness;
    static Map<String, String> sections = new LinkedHashMap<>();
    static Map<String, Integer> startPages = new LinkedHashMap<>();
    static String contents;
    static long evidenceId;
    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @BeforeAll
    static void export() throws Exception {
        session = TestPlans.demo(dir);
        BoardPackService service = new BoardPackService(session);
        BoardMeeting meeting = service.meeting("latest").orElseThrow();
        BoardPackCover cover = new BoardPackCover(meeting.id(), "7.2", "Improvement plan progress", "Head of Quality Governance",
                "Chief Nurse", PaperPurpose.DISCUSSION, AssuranceLevel.LIMITED, EnumSet.of(KeyQuestion.SAFE, KeyQuestion.WELL_LED),
                "SR1, SR3", "Quality and Safety Committee, 12/11/2026", "The board is asked to discuss the exceptions.",
                "Progress is steady but four actions are overdue.");
        service.saveCover(meeting.id(), cover);
        Path minutes = java.nio.file.Files.writeString(dir.resolve("QPS minutes March.pdf"), "minutes of the quality and patient safety committee");
        evidenceId = new org.waymark.app.EvidenceFileService(session).attach(session.plan().actions().get(0).id(), minutes, "Minutes", "Item 7").id();
        plan = session.plan();
        today = session.today();
        readiness = session.readiness();
        Path pdf = dir.resolve("pack.pdf");
        new PdfBoardPackExporter().export(session, meeting.id(), EnumSet.allOf(PackSection.class), pdf, BoardPackExporter.Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                startPages.put(item.getTitle(), doc.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1);
            }
            for (int i = 0; i < titles.size(); i++) {
                int from = startPages.get(titles.get(i));
                int to = i + 1 < titles.size() ? startPages.get(titles.get(i + 1)) - 1 : doc.getNumberOfPages();
                PDFTextStripper s = new PDFTextStripper();
                s.setSortByPosition(true);
                s.setStartPage(from);
                s.setEndPage(to);
                sections.put(titles.get(i), s.getText(doc));
            }
            contents = sections.get("Contents");
        }
    }

    @AfterAll
    static void close() { session.close(); }

    @Test
    void everySectionHasABookmarkInOrder() {
        assertEquals(List.of("Improvement plan progress", "Contents", "Summary", "Exit readiness", "Warning-notice compliance",
                "Quality-statement coverage", "Exception report", "Movement since last board", "Questions from the last board and answers", "Metric trends", "Timeline", "Appendix: full register"),
                new ArrayList<>(sections.keySet()));
    }

    @Test
    void contentsListsEachSectionWithItsPage() {
        for (String title : List.of("Summary", "Exit readiness", "Warning-notice compliance", "Quality-statement coverage", "Exception report", "Movement since last board",
                "Questions from the last board and answers", "Metric trends", "Timeline", "Appendix: full register")) {
            assertTrue(Pattern.compile(Pattern.quote(title) + "[ .]*" + startPages.get(title) + "\\b").matcher(contents).find(), title + " in\n" + contents);
        }
    }

    @Test
    void coverSheetShowsTheStoredFields() {
        String cover = sections.get("Improvement plan progress");
        for (String s : List.of("7.2", "Chief Nurse", "For discussion", "Limited", "Safe, Well-led", "SR1, SR3", "Quality and Safety Committee, 12/11/2026",
                "The board is asked to discuss the exceptions.", "Progress is steady but four actions are overdue.")) {
            assertTrue(cover.contains(s), s + " missing from\n" + cover);
        }
    }

    @Test
    void summaryCountsMatchThePlan() {
        String text = sections.get("Summary");
        BragCounts all = readiness.overall();
        assertTrue(text.contains("All actions " + row(all)), "overall row in\n" + text);
        for (KeyQuestion q : KeyQuestion.values()) {
            BragCounts c = readiness.byKeyQuestion().getOrDefault(q, new BragCounts());
            assertTrue(text.contains(q.label() + " " + row(c)), q + " row " + row(c) + " in\n" + text);
        }
        for (CoreService s : plan.coreServices()) {
            BragCounts c = readiness.byCoreService().get(s.id());
            if (c != null) assertTrue(text.contains(s.name() + " " + row(c)), s.name() + " in\n" + text);
        }
        assertEquals(60, all.total());
    }

    private static String row(BragCounts c) {
        return c.get(Brag.RED) + " " + c.get(Brag.AMBER) + " " + c.get(Brag.GREEN) + " " + c.get(Brag.BLUE) + " " + c.total();
    }

    @Test
    void exceptionReportListsExactlyTheRedOverdueAndRevisedSinceTheLastBoard() {
        String text = sections.get("Exception report");
        String table = text.substring(text.indexOf("Red, overdue and revised actions"), text.indexOf("Revised due dates"));
        var meeting = new org.waymark.app.BoardPackService(session).meeting("latest").orElseThrow();
        var baseline = new org.waymark.app.BoardPackService(session).content(meeting.id(), EnumSet.of(PackSection.EXCEPTIONS)).baseline();
        Map<Long, org.waymark.domain.SnapshotRow> before = new java.util.HashMap<>();
        baseline.ifPresent(b -> b.rows().forEach(r -> before.put(r.actionId(), r)));
        Set<String> expected = new TreeSet<>();
        for (Action a : plan.actions()) {
            org.waymark.domain.SnapshotRow then = before.get(a.id());
            int revisions = plan.revisionsOf(a.id()).size();
            boolean revisedSince = then == null ? revisions > 0 : revisions > then.revisions() || !java.util.Objects.equals(then.currentDue(), a.currentDue());
            if (plan.brag(a, today).brag() == Brag.RED || a.overdue(today) || revisedSince) expected.add(a.ref());
        }
        assertFalse(expected.isEmpty(), "the demo plan has exceptions");
        assertEquals(expected, refsIn(table));
        assertTrue(text.contains(expected.size() + " actions are Red, overdue or revised since the last board"));
    }

    @Test
    void exceptionReportListsEveryRevisedDateWithItsApprover() {
        String text = sections.get("Exception report");
        String revisions = text.substring(text.indexOf("Revised due dates"));
        int count = 0;
        Set<String> refs = new TreeSet<>();
        for (Action a : plan.actions()) {
            for (DateRevision r : plan.revisionsOf(a.id())) {
                count++;
                refs.add(a.ref());
                assertTrue(revisions.contains(UK.format(r.oldDue())) && revisions.contains(UK.format(r.newDue())), a.ref() + " dates");
                if (r.pending()) assertTrue(revisions.contains("Pending approval"));
                else assertTrue(revisions.replace("\n", " ").contains(UK.format(r.approvedOn())), a.ref() + " approval date");
            }
        }
        assertTrue(revisions.startsWith("Revised due dates (" + count + ")"), revisions);
        assertEquals(refs, refsIn(revisions));
    }

    @Test
    void warningNoticeDeadlinesAreListed() {
        String text = sections.get("Warning-notice compliance");
        assertFalse(readiness.deadlines().isEmpty());
        for (DeadlineCountdown d : readiness.deadlines()) {
            assertTrue(Pattern.compile(Pattern.quote(d.requirement().ref()) + "\\b.*" + Pattern.quote(UK.format(d.requirement().deadline()))).matcher(text).find(),
                    d.requirement().ref() + " with its deadline in\n" + text);
        }
    }

    @Test
    void movementCountsMatchThePreviousBoard() {
        String text = sections.get("Movement since last board");
        Movement m = session.plan().latestSnapshot().isPresent() ? new BoardPackService(session)
                .content(new BoardPackService(session).meeting("latest").orElseThrow().id(), EnumSet.of(PackSection.MOVEMENT)).movement() : null;
        assertNotNull(m);
        assertTrue(text.contains("Newly Red " + m.newlyRed().size()), text);
        assertTrue(text.contains("Due date slipped " + m.slipped().size()), text);
        for (Movement.Change c : m.newlyRed()) assertTrue(text.contains(c.ref()));
    }

    @Test
    void exitReadinessShowsEachCriterion() {
        String text = sections.get("Exit readiness").replace("\n", " ");
        assertTrue(text.contains(readiness.criteriaMet() + " of " + readiness.criteria().size()));
        assertTrue(text.contains("The trust has been in special measures since " + Dates.uk(plan.regimeHistory().enteredOn().orElseThrow()) + ", " + readiness.monthsInRegime() + " months"), text);
        for (CriterionState c : readiness.criteria()) assertTrue(text.contains(c.met() ? "Met" : "Not met"));
    }

    @Test
    void metricTrendsHaveAChartPerMetric() {
        String text = sections.get("Metric trends");
        for (Metric m : plan.metrics()) assertTrue(text.contains(m.name()), m.name());
        assertTrue(text.contains("Definition changed"), "the demo's response metric changed definition");
    }

    @Test
    void appendixAndTimelineListEveryAction() {
        Set<String> all = new TreeSet<>();
        plan.actions().forEach(a -> all.add(a.ref()));
        assertEquals(all, refsIn(sections.get("Appendix: full register")));
        assertEquals(all, refsIn(sections.get("Timeline")));
    }

    @Test
    void theAppendixListsEvidenceByNameAndHash() throws Exception {
        String text = sections.get("Appendix: full register").replaceAll("\\s+", "");
        var f = new org.waymark.app.EvidenceFileService(session).file(evidenceId).orElseThrow();
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(dir.resolve("QPS minutes March.pdf"))));
        assertEquals(sha, f.sha256());
        assertTrue(text.contains("QPSminutesMarch.pdf"), text);
        assertTrue(text.contains(sha.substring(0, 16)), "the hash starts on the file's row (a table cell wraps the rest)");
        Path html = dir.resolve("pack-evidence.html");
        var meeting = new BoardPackService(session).meeting("latest").orElseThrow();
        new PdfBoardPackExporter().export(session, meeting.id(), EnumSet.of(PackSection.APPENDIX), html, PackFormat.HTML, BoardPackExporter.Progress.NONE);
        String page = java.nio.file.Files.readString(html);
        assertTrue(page.contains("QPS minutes March.pdf") && page.contains(sha), "the HTML pack, from the same model, has the whole hash");
        long items = plan.actions().stream().mapToLong(a -> plan.evidenceOf(a.id()).size()).sum();
        assertTrue(items > 1);
    }

    private static Set<String> refsIn(String text) {
        Set<String> known = new HashSet<>();
        plan.actions().forEach(a -> known.add(a.ref()));
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\b[A-Z]+-?\\d+\\b").matcher(text);
        while (m.find()) if (known.contains(m.group())) found.add(m.group());
        return found;
    }
}
