package org.waymark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class NewAndDemoCommandTest {

    @TempDir Path dir;

    @Test
    void newCreatesAnEmptyPlanAndRefusesToOverwrite() throws Exception {
        Path file = dir.resolve("new.waymark");
        CliRunner.Result r = CliRunner.run("new", file.toString(), "--organisation", "Test Trust");
        assertEquals(0, r.exit(), r.err());
        try (PlanSession s = PlanSession.open(file, true, "t", TestPlans.CLOCK)) {
            assertEquals("Test Trust", s.plan().organisation().name());
            assertEquals(0, s.plan().actions().size());
        }
        byte[] before = Files.readAllBytes(file);
        assertEquals(2, CliRunner.run("new", file.toString(), "--organisation", "Other").exit());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void newStartsASegmentFiveTrustOnTheTwentyTwentyThreeFramework() {
        Path file = dir.resolve("pip.waymark");
        CliRunner.Result r = CliRunner.run("new", file.toString(), "--organisation", "Test Trust", "--regime", "nof-2025-26", "--segment", "5",
                "--since", "01/10/2025", "--framework", "cqc-saf-2023");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("NHS Oversight Framework 2025/26, segment 5 since 01/10/2025"), r.out());
        try (PlanSession s = PlanSession.open(file, true, "t", TestPlans.CLOCK)) {
            var entry = s.plan().regimeHistory().current().orElseThrow();
            assertEquals(java.util.List.of("nof-2025-26", "5", java.time.LocalDate.of(2025, 10, 1)), java.util.List.of(entry.regime(), entry.segment(), entry.effectiveOn()));
            assertEquals("cqc-saf-2023", new org.waymark.app.TagService(s).framework().id());
            assertTrue(s.verifyAudit().intact());
        }
    }

    @Test
    void aWrongRegimeOrFrameworkIsRefusedAndNoFileIsMade() {
        Path file = dir.resolve("wrong.waymark");
        CliRunner.Result noSegment = CliRunner.run("new", file.toString(), "--organisation", "T", "--regime", "nof-2025-26");
        assertEquals(2, noSegment.exit());
        assertTrue(noSegment.err().contains("Choose the segment of NHS Oversight Framework 2025/26 (1, 2, 3, 4, 5)"), noSegment.err());
        CliRunner.Result unknown = CliRunner.run("new", file.toString(), "--organisation", "T", "--framework", "cqc-2030");
        assertTrue(unknown.err().contains("There is no CQC framework 'cqc-2030'"), unknown.err());
        CliRunner.Result badDate = CliRunner.run("new", file.toString(), "--organisation", "T", "--regime", "special-measures-quality", "--since", "31/02/2016");
        assertTrue(badDate.err().contains("is not a date"), badDate.err());
        assertFalse(Files.exists(file), "nothing is left behind");
    }

    @Test
    void demoWritesTheStoryAndSyntheticPlans() {
        Path story = dir.resolve("story.waymark");
        assertEquals(0, CliRunner.run("demo", "-o", story.toString()).exit());
        Path synthetic = dir.resolve("synthetic.waymark");
        assertEquals(0, CliRunner.run("demo", "-o", synthetic.toString(), "--actions", "500", "--seed", "7").exit());
        try (PlanSession s = PlanSession.open(story, true, "t", TestPlans.CLOCK); PlanSession n = PlanSession.open(synthetic, true, "t", TestPlans.CLOCK)) {
            assertEquals(60, s.plan().actions().size());
            assertEquals(500, n.plan().actions().size());
            assertEquals(2, s.plan().snapshots().size());
        }
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        Path a = dir.resolve("a.waymark"), b = dir.resolve("b.waymark");
        CliRunner.run("demo", "-o", a.toString(), "--actions", "50", "--seed", "3");
        CliRunner.run("demo", "-o", b.toString(), "--actions", "50", "--seed", "3");
        try (PlanSession x = PlanSession.open(a, true, "t", TestPlans.CLOCK); PlanSession y = PlanSession.open(b, true, "t", TestPlans.CLOCK)) {
            assertEquals(x.plan().actions().stream().map(act -> act.title() + act.currentDue()).toList(),
                    y.plan().actions().stream().map(act -> act.title() + act.currentDue()).toList());
        }
    }
}
