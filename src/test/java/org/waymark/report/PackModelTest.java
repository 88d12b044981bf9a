package org.waymark.report;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;
import org.waymark.domain.Metric;
import org.waymark.domain.Person;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.PackModel;
import org.waymark.report.model.Section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The pack's wording, checked on the model both renderers draw: counts, months, Drift, units and the cover. */
class PackModelTest {

    @TempDir static Path dir;
    static PlanSession session;
    static PackModel model;
    static String allText;

    @BeforeAll
    static void build() {
        session = TestPlans.demo(dir);
        BoardPackService service = new BoardPackService(session);
        PackContent content = service.content(service.meeting("latest").orElseThrow().id(), EnumSet.allOf(PackSection.class));
        model = PackModels.of(content);
        StringBuilder s = new StringBuilder();
        for (Section sec : model.sections()) for (Block b : sec.blocks()) s.append(text(b)).append('\n');
        allText = s.toString();
    }

    @AfterAll
    static void close() { session.close(); }

    private static String text(Block b) {
        if (b instanceof Block.Paragraph p) return p.text();
        if (b instanceof Block.Heading h) return h.text();
        if (b instanceof Block.Figures f) return f.figures().stream().map(x -> x.value() + " " + x.caption()).collect(Collectors.joining("\n"));
        if (b instanceof Block.Table t) return t.rows().stream().flatMap(List::stream).map(Cell::text).collect(Collectors.joining("\n"));
        if (b instanceof Block.LineChart c) return c.title() + "\n" + String.join(" ", c.periods());
        return "";
    }

    @Test
    void countsAgreeWithTheirNumber() {
        assertEquals("1 action is", Words.countIs(1, "action", "actions"));
        assertEquals("0 actions are", Words.countIs(0, "action", "actions"));
        assertEquals("2 days", Words.count(2, "day", "days"));
        assertFalse(Pattern.compile("(^|[^\\d.])1 (actions|months|days) ").matcher(allText).find(), allText);
    }

    @Test
    void monthsNameTheirYearInFull() {
        assertEquals("Dec 2026", Dates.month(java.time.YearMonth.of(2026, 12)));
        assertTrue(allText.contains("Latest (" + Dates.month(java.time.YearMonth.of(2026, 12)) + ")") || allText.contains("Latest ("), allText);
        assertFalse(Pattern.compile("\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \\d{2}\\b(?!\\d)").matcher(allText).find(), "a two-digit year");
    }

    @Test
    void driftIsDefinedWhereverItIsUsed() {
        Section exceptions = section("exceptions");
        boolean used = exceptions.blocks().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b)
                .flatMap(t -> t.rows().stream()).anyMatch(r -> r.get(0).text().endsWith("\nDrift"));
        assertTrue(used, "the demo plan has a drifting action");
        assertTrue(exceptions.blocks().stream().anyMatch(b -> b instanceof Block.Paragraph p && p.text().startsWith("Drift, under a ref, marks an action whose due date has been revised "
                + session.plan().bragKey().driftRevisions() + " or more times")));
    }

    @Test
    void aMetricWhoseUnitChangesGetsAChartPerUnit() {
        Section metrics = section("metrics");
        List<Block.LineChart> charts = metrics.blocks().stream().filter(b -> b instanceof Block.LineChart).map(b -> (Block.LineChart) b).toList();
        int expected = 0;
        for (Metric m : session.plan().metrics()) {
            java.util.Set<String> units = new java.util.LinkedHashSet<>();
            m.observations().forEach(p -> units.add(m.unitAt(p.period())));
            m.trajectory().forEach(p -> units.add(m.unitAt(p.period())));
            expected += Math.max(1, units.size());
        }
        assertEquals(expected, charts.size());
        assertTrue(charts.size() > session.plan().metrics().size(), "the demo has a metric that changes unit");
        List<String> splitUnits = charts.stream().filter(c -> c.title().contains(", in ")).map(Block.LineChart::unit).toList();
        assertEquals(splitUnits.size(), new java.util.HashSet<>(splitUnits).size(), "each split chart has one unit: " + splitUnits);
        assertTrue(metrics.blocks().stream().anyMatch(b -> b instanceof Block.Paragraph p && p.text().contains("The unit changed from ")));
    }

    @Test
    void theCoverNamesThePlansPeopleAndLeavesTheAssuranceLevelOpen() {
        Map<String, String> cover = section("cover").blocks().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b)
                .flatMap(t -> t.rows().stream()).collect(Collectors.toMap(r -> r.get(0).text(), r -> r.get(1).text()));
        assertEquals("To be chosen by the author", cover.get("Assurance level"));
        Map<Long, Long> led = session.plan().actions().stream().filter(a -> a.executiveLeadId() != null)
                .collect(Collectors.groupingBy(Action::executiveLeadId, Collectors.counting()));
        Map<Long, Person> people = session.plan().people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        long most = led.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<String> leaders = new ArrayList<>();
        led.forEach((id, n) -> { if (n == most) leaders.add(people.get(id).name()); });
        assertTrue(leaders.contains(cover.get("Lead director")), cover.get("Lead director") + " in " + leaders);
    }

    private static Section section(String id) {
        return model.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
