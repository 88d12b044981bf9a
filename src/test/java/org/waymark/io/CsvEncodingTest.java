package org.waymark.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.cli.CliRunner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** A csv's encoding is chosen from its bytes, said in the import report, and stray bad bytes are reported by row. */
class CsvEncodingTest {

    @TempDir Path dir;

    private Path plan() {
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) { return s.file(); }
    }

    private static CliRunner.Result run(String... args) { return ImportTestSupport.cli(args); }

    private static final String HEADER = "Ref,Recommendation,Lead,Deadline,Status\n";

    @Test void aFewBadBytesInUtf8StayUtf8AndAreReportedByRow() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((HEADER + "M1,Ünïcödé storage for médicines,Chief Pharmacist,30/06/2018,G\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes("M2,Fire doors checked ".getBytes(StandardCharsets.UTF_8));
        b.write(0xFF); // a stray byte that is never UTF-8
        b.writeBytes(" weekly,Estates lead,31/07/2018,A\nM3,\"Two-line\ncell ".getBytes(StandardCharsets.UTF_8));
        b.write(0xC3); // the first byte of a two-byte letter, cut short
        b.writeBytes("\",Estates lead,31/07/2018,A\nM4,Ward rounds in Zürich wing,Director of Nursing,31/08/2018,G\n".getBytes(StandardCharsets.UTF_8));
        Path csv = Files.write(dir.resolve("bad-bytes.csv"), b.toByteArray());
        Path plan = plan();

        CliRunner.Result r = run("import", csv.toString(), "--into", plan.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Read as UTF-8, but 2 byte sequences are not valid UTF-8 and shown as \uFFFD: row 3 (0xFF); row 4 (0xC3)."), r.out());
        try (PlanSession s = PlanSession.open(plan, true, "t", ImportTestSupport.APRIL_2018)) {
            assertEquals("Ünïcödé storage for médicines", s.plan().actions().get(0).title());
            assertEquals("Fire doors checked \uFFFD weekly", s.plan().actions().get(1).title());
            assertEquals("Ward rounds in Zürich wing", s.plan().actions().get(3).title());
        }
    }

    @Test void windows1252OnlyWhenTheFileIsNotUtf8AtAll() throws Exception {
        Path csv = Files.write(dir.resolve("excel.csv"), (HEADER + "M1,Improve médicines storage,Chief Pharmacist,30/06/2018,G\n")
                .getBytes(Charset.forName("windows-1252")));
        Path plan = plan();
        CliRunner.Result r = run("import", csv.toString(), "--into", plan.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Read as Windows-1252."), r.out());
        try (PlanSession s = PlanSession.open(plan, true, "t", ImportTestSupport.APRIL_2018)) {
            assertEquals("Improve médicines storage", s.plan().actions().get(0).title());
        }
    }

    @Test void cleanUtf8SaysSo() throws Exception {
        Path csv = Files.writeString(dir.resolve("clean.csv"), HEADER + "M1,Проверка лекарств,Chief Pharmacist,30/06/2018,G\n");
        CliRunner.Result r = run("import", csv.toString(), "--into", plan().toString(), "--dry-run");
        assertTrue(r.out().contains("Read as UTF-8."), r.out());
        assertTrue(r.out().contains("1 accepted"), r.out());
    }
}
