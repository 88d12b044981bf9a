package org.waymark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.regulation.RegulationLibrary;
import org.waymark.domain.Action;
import org.waymark.domain.FrameworkTag;
import org.waymark.domain.Requirement;
import org.waymark.domain.regulation.StatementCoverage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Tags on the demo plan's findings and actions, carried to the 2023 framework by the crosswalk, on a real plan file. */
class TagServiceTest {

    @TempDir Path dir;

    @Test
    void tagsAreCarriedAcrossAndFlaggedWhenTheMappingIsNotOfficial() {
        try (PlanSession s = TestPlans.demo(dir)) {
            TagService tags = new TagService(s, RegulationLibrary.bundled().catalogue());
            assertEquals("cqc-kloe-2015", tags.framework().id(), "the demo reads its findings against the framework of its day");
            Requirement finding = s.plan().requirements().get(0);
            Action action = s.plan().actions().get(0);
            tags.tagFinding(finding.id(), "s2");
            tags.tagAction(action.id(), "Learning and improving when things go wrong");
            Refused unknown = assertThrows(Refused.class, () -> tags.tagAction(action.id(), "Z9"));
            assertTrue(unknown.getMessage().contains("is not a"), unknown.getMessage());
            assertThrows(Refused.class, () -> tags.tagFinding(finding.id(), "S2"), "a tag is given once");

            TagService.FrameworkChange change = tags.changeFramework("cqc-saf-2023");
            assertEquals(new TagService.FrameworkChange(5, 0, false), change, "S2 → S4, S5, S6, S7 and S6 → S1");
            assertEquals("cqc-saf-2023", tags.framework().id());
            List<FrameworkTag> now = tags.tags();
            assertTrue(now.stream().allMatch(t -> t.framework().equals("cqc-saf-2023") && t.needsReview()), now.toString());

            Map<String, StatementCoverage> c = tags.coverage().stream().collect(Collectors.toMap(x -> x.item().code(), Function.identity()));
            assertEquals(34, c.size());
            assertEquals(1, c.get("S4").findings());
            long answering = s.plan().actions().stream().filter(a -> Long.valueOf(finding.id()).equals(a.requirementId())).count();
            assertEquals(answering, c.get("S4").actions(), "actions count under their finding's statements");
            assertTrue(c.get("S1").actions() >= 1);
            assertTrue(c.get("W1").untouched());

            assertTrue(s.verifyAudit().intact());
            DataCheck proof = s.read(IntegrityChecks::data);
            assertTrue(proof.proven(), proof.summary() + proof.differences());
        }
    }

    @Test
    void anOfficialMappingCarriesWithoutReviewAndAnUnmappedTagStaysFlagged() throws Exception {
        Path local = Files.createDirectories(dir.resolve("regulation"));
        Files.writeString(local.resolve("crosswalk.json"), """
                { "kind": "crosswalk", "id": "kloe-2015-to-saf-2023", "version": 2, "from": "cqc-kloe-2015", "to": "cqc-saf-2023",
                  "official": true, "note": "a regulator's mapping, for this test", "mappings": { "S2": ["S6"] },
                  "sources": [ { "publisher": "Care Quality Commission", "title": "Test mapping", "published": "2026-01" } ] }
                """);
        var load = RegulationLibrary.withLocal(local);
        assertEquals(List.of(), load.problems());
        try (PlanSession s = TestPlans.demo(dir.resolve("plan"))) {
            TagService tags = new TagService(s, load.catalogue());
            long finding = s.plan().requirements().get(0).id();
            tags.tagFinding(finding, "S2");
            tags.tagFinding(finding, "S6");
            assertEquals(new TagService.FrameworkChange(1, 1, true), tags.changeFramework("cqc-saf-2023"));
            List<FrameworkTag> now = tags.tags();
            assertTrue(now.contains(new FrameworkTag(now.stream().filter(t -> t.framework().equals("cqc-saf-2023")).findFirst().orElseThrow().id(),
                    finding, null, "cqc-saf-2023", "S6", false)), now.toString());
            FrameworkTag left = now.stream().filter(t -> t.framework().equals("cqc-kloe-2015")).findFirst().orElseThrow();
            assertEquals("S6", left.code());
            assertTrue(left.needsReview(), "no mapping: kept, and flagged for someone to re-tag");
            assertTrue(s.read(IntegrityChecks::data).proven());
        }
    }
}
