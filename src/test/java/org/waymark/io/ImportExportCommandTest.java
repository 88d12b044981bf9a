package org.waymark.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ImportExportCommandTest {

    @TempDir Path dir;

    private Path plan() {
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) { return s.file(); }
    }

    private static CliRunner.Result run(String... args) { return ImportTestSupport.cli(args); }

    @Test void rejectedRowsMeanExitOneAndNothingImported_skipRejectedImportsTheRest() throws Exception {
        Path plan = plan();
        Path xlsx = MessyWorkbook.write(dir.resolve("messy.xlsx"));
        byte[] before = Files.readAllBytes(plan);

        CliRunner.Result dry = run("import", xlsx.toString(), "--into", plan.toString(), "--dry-run", "--report", dir.resolve("r.csv").toString());
        assertEquals(1, dry.exit(), dry.err());
        assertTrue(dry.out().contains("Row 15    S5         Rejected"), dry.out());
        assertTrue(dry.out().contains("'Action Plan'!J15: \"31/02/2018\" is not a real date"), dry.out());
        assertTrue(dry.out().contains("2 accepted, 8 accepted with warnings, 3 rejected, 1 skipped."), dry.out());
        List<String> report = Files.readAllLines(dir.resolve("r.csv"));
        assertEquals("Row,Ref,Outcome,Cell,Message", report.get(0));
        assertTrue(report.stream().anyMatch(l -> l.startsWith("15,S5,Rejected,'Action Plan'!J15,")), report.toString());

        CliRunner.Result refused = run("import", xlsx.toString(), "--into", plan.toString(), "--on-duplicate", "skip");
        assertEquals(1, refused.exit());
        assertTrue(refused.out().contains("Nothing imported: 2 row(s) rejected"), refused.out());
        assertArrayEquals(before, Files.readAllBytes(plan));

        CliRunner.Result done = run("import", xlsx.toString(), "--into", plan.toString(), "--on-duplicate", "skip", "--skip-rejected");
        assertEquals(0, done.exit(), done.out() + done.err());
        assertTrue(done.out().contains("Imported 10 actions from messy.xlsx"), done.out());
        try (PlanSession s = PlanSession.open(plan, true, "t", ImportTestSupport.APRIL_2018)) {
            assertEquals(10, s.plan().actions().size());
        }

        CliRunner.Result again = run("import", xlsx.toString(), "--into", plan.toString(), "--on-duplicate", "skip", "--dry-run");
        assertTrue(again.out().contains("ref M1 is already in the plan; skipped as chosen"), again.out());
    }

    @Test void aMappingFileOverridesTheProposal_andAEuropeanCsvImports() throws Exception {
        Path plan = plan();
        String csv = "Trust action plan export\n\nNo.;Recommendation;Lead;Deadline;Status;Notes\n"
                + "1;Improve médicines storage;Chief Pharmacist;30/06/2018;G;\"Line one\nLine two\"\n"
                + "2;Raise appraisal rate;Director of HR;Q3 2018/19;A;\n";
        Path file = Files.write(dir.resolve("export.csv"), csv.getBytes(Charset.forName("windows-1252")));
        Path mapping = Files.writeString(dir.resolve("m.json"), "{\"Recommendation\": \"TITLE\", \"F\": \"DESCRIPTION\"}");
        CliRunner.Result r = run("import", file.toString(), "--into", plan.toString(), "--mapping", mapping.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Recommendation                     -> Action"), r.out());
        assertTrue(r.out().contains("export!D4: \"Q3 2018/19\" is a financial quarter; its last day, 31/12/2018, was used"), r.out());
        try (PlanSession s = PlanSession.open(plan, true, "t", ImportTestSupport.APRIL_2018)) {
            var a = s.plan().actions().get(0);
            assertEquals("Improve médicines storage", a.title(), "Windows-1252 read correctly");
            assertEquals("Line one\nLine two", a.description(), "multi-line cell kept");
            assertEquals("Chief Pharmacist", s.plan().person(a.operationalLeadId()).orElseThrow().name());
        }
    }

    @Test void exportWritesEachFormatAndJsonImportsIntoANewPlan() throws Exception {
        Path demo = TestPlans.demoFile(dir);
        for (String f : List.of("xlsx", "csv", "json")) {
            Path out = dir.resolve("out." + f);
            CliRunner.Result r = CliRunner.run("export", demo.toString(), "-o", out.toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(Files.size(out) > 1000);
        }
        CliRunner.Result r = CliRunner.run("export", demo.toString(), "--format", "pdf", "-o", dir.resolve("x.pdf").toString());
        assertEquals(2, r.exit());
        Path copy = dir.resolve("copy.waymark");
        r = CliRunner.run("import", dir.resolve("out.json").toString(), "--into", copy.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(chain intact)"), r.out());
        r = CliRunner.run("import", dir.resolve("out.json").toString(), "--into", copy.toString());
        assertEquals(2, r.exit(), "never overwrites a plan");
        assertTrue(r.err().contains("already exists"), r.err());
        r = CliRunner.run("export", copy.toString(), "-o", dir.resolve("again.json").toString());
        assertEquals(Files.readString(dir.resolve("out.json")), Files.readString(dir.resolve("again.json")));
    }

    @Test void exportLeavesThePlanAndItsFolderExactlyAsTheyWere() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("untouched"));
        Path demo = TestPlans.demoFile(folder);
        byte[] before = Files.readAllBytes(demo);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(demo);
        List<Path> listed;
        try (var files = Files.list(folder)) { listed = files.sorted().toList(); }
        CliRunner.Result r = CliRunner.run("export", demo.toString(), "-o", dir.resolve("look.json").toString());
        assertEquals(0, r.exit(), r.err());
        try (var files = Files.list(folder)) { assertEquals(listed, files.sorted().toList(), "no -wal or -shm left beside the plan"); }
        assertArrayEquals(before, Files.readAllBytes(demo));
        assertEquals(modified, Files.getLastModifiedTime(demo));
    }
}
