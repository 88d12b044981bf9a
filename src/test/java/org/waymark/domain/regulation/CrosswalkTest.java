package org.waymark.domain.regulation;

import org.junit.jupiter.api.Test;
import org.waymark.domain.KeyQuestion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Carrying tags across frameworks, recognising items as spreadsheets spell them, and the catalogue's own checks. */
class CrosswalkTest {

    static final InForce SINCE_2020 = new InForce(LocalDate.of(2020, 1, 1), null, null);
    static final List<Citation> CITED = List.of(new Citation("Test regulator", "Test guidance", "2020", null));

    static Framework framework(String id, String... codes) {
        List<FrameworkItem> items = java.util.Arrays.stream(codes).map(c -> new FrameworkItem(c, KeyQuestion.SAFE, "Item " + c)).toList();
        return new Framework(id, 1, id, "Test regulator", "Item", SINCE_2020, items, CITED);
    }

    @Test
    void tagsAreCarriedAndTheUnmappedAreFlaggedForReview() {
        Crosswalk x = new Crosswalk("a-to-b", 1, "a", "b", true, "", Map.of("A1", List.of("B1", "B2"), "A2", List.of("B2")), CITED);
        CarriedTags t = x.carry(List.of("A1", "A2", "A3"));
        assertEquals(Set.of("B1", "B2"), t.carried());
        assertEquals(Set.of("A3"), t.unmapped());
        assertTrue(t.needsReview());
        assertFalse(x.carry(List.of("A2")).needsReview());
    }

    @Test
    void anUnofficialMappingAlwaysNeedsReview() {
        Crosswalk x = new Crosswalk("a-to-b", 1, "a", "b", false, "no official mapping", Map.of("A1", List.of("B1")), CITED);
        CarriedTags t = x.carry(List.of("A1"));
        assertTrue(t.unmapped().isEmpty());
        assertTrue(t.needsReview());
    }

    @Test
    void itemsAreRecognisedByCodeNameOrBoth() {
        Framework f = new Framework("saf", 1, "SAF", "CQC", "Quality statement", SINCE_2020,
                List.of(new FrameworkItem("S6", KeyQuestion.SAFE, "Safe and effective staffing"),
                        new FrameworkItem("W3", KeyQuestion.WELL_LED, "Freedom to speak up")), CITED);
        assertEquals("S6", f.recognise("s6").orElseThrow().code());
        assertEquals("S6", f.recognise("S6: Safe and effective staffing").orElseThrow().code());
        assertEquals("W3", f.recognise("freedom to speak-up").orElseThrow().code());
        assertTrue(f.recognise("Staffing").isEmpty());
        assertTrue(f.recognise(" ").isEmpty());
    }

    @Test
    void inForceCoversItsDaysOnly() {
        InForce f = new InForce(LocalDate.of(2021, 7, 1), LocalDate.of(2025, 3, 31), null);
        assertTrue(f.covers(LocalDate.of(2021, 7, 1)));
        assertTrue(f.covers(LocalDate.of(2025, 3, 31)));
        assertFalse(f.covers(LocalDate.of(2025, 4, 1)));
        assertEquals("01/07/2021 to 31/03/2025", f.describe());
        assertEquals("from 01/07/2021", new InForce(LocalDate.of(2021, 7, 1), null, null).describe());
    }

    @Test
    void theCatalogueNamesEveryProblem() {
        Framework a = framework("a", "A1", "A1");
        Framework uncited = new Framework("b", 1, "b", "x", "Item", SINCE_2020, List.of(new FrameworkItem("B1", KeyQuestion.SAFE, "b")), List.of());
        Crosswalk broken = new Crosswalk("x", 1, "a", "b", false, "", Map.of("A9", List.of("B7")), CITED);
        RegimeDefinition backwards = new RegimeDefinition("r", 1, "R", "auth",
                new InForce(LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1), null), List.of(), "", List.of(),
                new RegimeWording("p", "in p", "leave p"), null, CITED);
        List<String> problems = new RegulationCatalogue(List.of(backwards), List.of(a, uncited, framework("a", "A1")), List.of(broken), List.of()).problems();
        assertTrue(problems.contains("framework a: item A1 appears twice"), problems::toString);
        assertTrue(problems.contains("framework a: the id is used twice"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("framework b: cites no source")), problems::toString);
        assertTrue(problems.contains("crosswalk x: A9 is not in a"), problems::toString);
        assertTrue(problems.contains("crosswalk x: B7 is not in b"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("regime r: in force to 2021-01-01")), problems::toString);
    }

    @Test
    void itemKindsReadAsWordsInTheSingularAndPlural() {
        Framework kloe = new Framework("k", 1, "K", "CQC", "Key line of enquiry", null, java.util.List.of(), java.util.List.of());
        Framework saf = new Framework("s", 1, "S", "CQC", "Quality statement", null, java.util.List.of(), java.util.List.of());
        Framework q = new Framework("q", 1, "Q", "CQC", "Assessment query", null, java.util.List.of(), java.util.List.of());
        org.junit.jupiter.api.Assertions.assertEquals("key lines of enquiry", kloe.itemWord(27));
        org.junit.jupiter.api.Assertions.assertEquals("key line of enquiry", kloe.itemWord(1));
        org.junit.jupiter.api.Assertions.assertEquals("quality statements", saf.itemWord(0));
        org.junit.jupiter.api.Assertions.assertEquals("assessment queries", q.itemWord(2));
    }
}
