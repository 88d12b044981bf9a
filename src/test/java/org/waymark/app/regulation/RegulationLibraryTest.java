package org.waymark.app.regulation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.SourceKind;
import org.waymark.domain.regulation.CarriedTags;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.RegulationCatalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The shipped regulation data, and a trust's own files added beside it without a new release. */
class RegulationLibraryTest {

    @TempDir Path dir;

    @Test
    void everyShippedFileLoadsAndCitesItsSource() {
        RegulationLoad load = RegulationLibrary.bundled();
        assertEquals(List.of(), load.problems());
        RegulationCatalogue c = load.catalogue();
        assertEquals(4, c.regimes().size());
        c.regimes().forEach(r -> assertFalse(r.sources().isEmpty(), r.id()));
        c.frameworks().forEach(f -> assertFalse(f.sources().isEmpty(), f.id()));
        c.crosswalks().forEach(x -> assertFalse(x.sources().isEmpty(), x.id()));
        c.instrumentSets().forEach(s -> assertFalse(s.sources().isEmpty(), s.id()));
    }

    @Test
    void theSingleAssessmentFrameworkHas34StatementsUnderTheFiveQuestions() {
        Framework saf = RegulationLibrary.bundled().catalogue().framework("cqc-saf-2023").orElseThrow();
        assertEquals(34, saf.items().size());
        assertEquals(Map.of(KeyQuestion.SAFE, 8, KeyQuestion.EFFECTIVE, 6, KeyQuestion.CARING, 5, KeyQuestion.RESPONSIVE, 7, KeyQuestion.WELL_LED, 8),
                java.util.Arrays.stream(KeyQuestion.values()).collect(java.util.stream.Collectors.toMap(q -> q, q -> saf.under(q).size())));
        Framework kloe = RegulationLibrary.bundled().catalogue().framework("cqc-kloe-2015").orElseThrow();
        assertEquals(27, kloe.items().size());
    }

    @Test
    void segmentFiveIsTheProviderImprovementProgrammeAndNeverSaysSpecialMeasures() {
        var nof = RegulationLibrary.bundled().catalogue().regime("nof-2025-26").orElseThrow();
        assertTrue(nof.segment("5").orElseThrow().intensiveSupport());
        assertTrue(nof.segment("5").orElseThrow().description().contains("Provider Improvement Programme"));
        String words = nof.name() + nof.entryRule() + nof.exitCriteria() + nof.wording() + nof.segments();
        assertFalse(words.toLowerCase().contains("special measures"), words);
    }

    @Test
    void everyValueOlderPlansStoredMapsOntoTheData() {
        RegulationCatalogue c = RegulationLibrary.bundled().catalogue();
        // the organisation.regime values plans stored before regimes were data (schema versions 1 to 7)
        for (String r : List.of("SPECIAL_MEASURES", "RSP_SEGMENT_4", "NONE")) assertTrue(c.regimeForLegacy(r).isPresent(), r);
        for (SourceKind k : SourceKind.values()) assertTrue(c.instrumentForLegacy(k.name()).isPresent(), k.name());
        assertEquals("special-measures-quality", c.regimeForLegacy("SPECIAL_MEASURES").orElseThrow().id());
    }

    @Test
    void theShippedCrosswalkCarriesEveryKeyLineAndSaysItIsNotOfficial() {
        RegulationCatalogue c = RegulationLibrary.bundled().catalogue();
        var x = c.crosswalk("cqc-kloe-2015", "cqc-saf-2023").orElseThrow();
        assertFalse(x.official());
        List<String> all = c.framework("cqc-kloe-2015").orElseThrow().items().stream().map(i -> i.code()).toList();
        CarriedTags t = x.carry(all);
        assertTrue(t.unmapped().isEmpty(), t.unmapped()::toString);
        assertTrue(t.carried().contains("S8"), "medicines carried to medicines optimisation");
        assertTrue(t.needsReview());
    }

    @Test
    void theFrameworkInForceFollowsTheDate() {
        RegulationCatalogue c = RegulationLibrary.bundled().catalogue();
        assertEquals("cqc-kloe-2015", c.frameworkInForce(LocalDate.of(2017, 6, 1)).orElseThrow().id());
        assertEquals("cqc-saf-2023", c.frameworkInForce(LocalDate.of(2026, 12, 2)).orElseThrow().id());
    }

    @Test
    void nextYearsFrameworkArrivesAsAFile() throws Exception {
        Files.writeString(dir.resolve("framework-2026.json"), """
                { "kind": "framework", "id": "cqc-2026", "version": 1, "name": "CQC assessment framework 2026",
                  "regulator": "Care Quality Commission", "itemKind": "Assessment question",
                  "inForce": { "from": "2026-10-01", "to": null, "note": "example" },
                  "items": [ { "code": "S.1", "keyQuestion": "SAFE", "name": "Is safety a priority?" } ],
                  "sources": [ { "publisher": "Care Quality Commission", "title": "Assessment framework 2026", "published": "2026" } ] }
                """);
        RegulationLoad load = RegulationLibrary.withLocal(dir);
        assertEquals(List.of(), load.problems());
        assertEquals("cqc-2026", load.catalogue().frameworkInForce(LocalDate.of(2026, 12, 2)).orElseThrow().id());
        assertEquals(3, load.catalogue().frameworks().size());
    }

    @Test
    void aBadLocalFileIsNamedAndTheRestStillLoad() throws Exception {
        Files.writeString(dir.resolve("a-typo.json"), """
                { "kind": "framework", "id": "x", "version": 1, "nmae": "typo" }""");
        Files.writeString(dir.resolve("b-duplicate-key.json"), """
                { "kind": "regime", "id": "y", "id": "z" }""");
        Files.writeString(dir.resolve("c-not-json.json"), "<html>");
        Files.writeString(dir.resolve("d-older.json"), """
                { "kind": "crosswalk", "id": "kloe-2015-to-saf-2023", "version": 1, "from": "cqc-kloe-2015", "to": "cqc-saf-2023",
                  "official": true, "note": "", "mappings": {}, "sources": [ { "publisher": "p", "title": "t" } ] }""");
        RegulationLoad load = RegulationLibrary.withLocal(dir);
        assertEquals(4, load.problems().size(), load.problems()::toString);
        assertTrue(load.problems().get(0).contains("a-typo.json") && load.problems().get(0).contains("nmae"), load.problems()::toString);
        assertTrue(load.problems().get(1).contains("b-duplicate-key.json") && load.problems().get(1).contains("Duplicate field"), load.problems()::toString);
        assertTrue(load.problems().get(2).contains("c-not-json.json"), load.problems()::toString);
        assertTrue(load.problems().get(3).contains("not newer"), load.problems()::toString);
        assertFalse(load.catalogue().crosswalk("cqc-kloe-2015", "cqc-saf-2023").orElseThrow().official(), "the shipped one stays");
        assertEquals(2, load.catalogue().frameworks().size());
    }
}
