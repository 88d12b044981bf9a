package org.waymark.io;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.cli.CliRunner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every malformed input is refused with a message that says what to do, exit 2, and the plan file exactly as it
 * was: not one byte changed, and no half-made plan file left behind.
 */
class MalformedInputTest {

    @TempDir Path dir;
    Path plan;
    byte[] planBytes;

    @BeforeEach void plan() throws IOException {
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) {
            plan = s.file();
        }
        planBytes = Files.readAllBytes(plan);
    }

    private String refused(Path source, String... expected) throws IOException {
        CliRunner.Result r = CliRunner.run("import", source.toString(), "--into", plan.toString(), "--on-duplicate", "suffix", "--skip-rejected");
        assertEquals(2, r.exit(), r.out() + r.err());
        for (String e : expected) assertTrue(r.err().contains(e), "expected \"" + e + "\" in: " + r.err());
        assertArrayEquals(planBytes, Files.readAllBytes(plan), "the plan file is byte-for-byte unchanged");
        return r.err();
    }

    @Test void truncatedXlsx() throws IOException {
        byte[] whole = Files.readAllBytes(MessyWorkbook.write(dir.resolve("whole.xlsx")));
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        refused(cut, "cut.xlsx is damaged or incomplete", "ask the sender for it again");
    }

    @Test void zipBombIsRefusedByPoisInflationLimit() throws IOException {
        Path bomb = rewrite(MessyWorkbook.write(dir.resolve("source.xlsx")), dir.resolve("bomb.xlsx"), "xl/worksheets/sheet2.xml",
                xml -> xml.replace("<sheetData>", "<sheetData><!--" + " ".repeat(40 * 1024 * 1024) + "-->"));
        assertTrue(Files.size(bomb) < 1024 * 1024, "small on disk, 40 MB inflated");
        refused(bomb, "zip bomb", "Do not open it");
    }

    @Test void aFileThatIsNotASpreadsheet() throws IOException {
        Path pdf = Files.writeString(dir.resolve("minutes.xlsx"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
        refused(pdf, "minutes.xlsx is named like an Excel workbook but is not one");
        Path doc = Files.writeString(dir.resolve("minutes.pdf"), "%PDF-1.7\n");
        refused(doc, "minutes.pdf is not a spreadsheet", ".xlsx, .xls and .csv");
    }

    @Test void aTenMegabyteCellInCsvAndInXlsx() throws IOException {
        String huge = randomLetters(10 * 1024 * 1024);
        Path csv = Files.writeString(dir.resolve("big.csv"), "Ref,Action,Due date\nA1,\"" + huge + "\",31/03/2019\n");
        refused(csv, "cell big!B2 holds 10,485,760 characters", "32,767");
        Path xlsx = rewrite(MessyWorkbook.write(dir.resolve("source.xlsx")), dir.resolve("big.xlsx"), "xl/sharedStrings.xml",
                xml -> xml.replace("Install secure drug safes at all 14 stations", huge));
        refused(xlsx, "holds 10,485,760 characters");
    }

    @Test void binaryJunkNamedCsv() throws IOException {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        refused(Files.write(dir.resolve("export.csv"), junk), "export.csv is not a text (csv) file");
    }

    @Test void invalidJsonAndAFutureVersionCreateNoPlanFile() throws IOException {
        Path target = dir.resolve("new.waymark");
        Path broken = Files.writeString(dir.resolve("plan.json"), "{ \"format\": \"waymark-plan\", \"formatVersion\": 1, \"tables\": { \"action\": [ {");
        CliRunner.Result r = CliRunner.run("import", broken.toString(), "--into", target.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("plan.json is not valid JSON (line 1"), r.err());
        assertFalse(Files.exists(target));

        Path future = Files.writeString(dir.resolve("future.json"), "{ \"format\": \"waymark-plan\", \"formatVersion\": 2, \"schemaVersion\": 9, \"tables\": {} }");
        r = CliRunner.run("import", future.toString(), "--into", target.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("written by a newer version of Waymark (plan document format 2"), r.err());
        assertFalse(Files.exists(target));

        Path newerSchema = Files.writeString(dir.resolve("schema.json"), "{ \"format\": \"waymark-plan\", \"formatVersion\": 1, \"schemaVersion\": 99, \"tables\": {} }");
        r = CliRunner.run("import", newerSchema.toString(), "--into", target.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("plan format 99"), r.err());
        assertFalse(Files.exists(target));

        Path wrongTable = Files.writeString(dir.resolve("odd.json"), "{ \"format\": \"waymark-plan\", \"formatVersion\": 1, \"schemaVersion\": 1, \"tables\": { \"payroll\": [] } }");
        r = CliRunner.run("import", wrongTable.toString(), "--into", target.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("a table \"payroll\""), r.err());
        assertFalse(Files.exists(target));
    }

    private static String randomLetters(int n) {
        Random random = new Random(3);
        char[] c = new char[n];
        for (int i = 0; i < n; i++) c[i] = (char) ('a' + random.nextInt(26));
        return new String(c);
    }

    /** Copies a zip, passing one entry's text through {@code edit}. */
    static Path rewrite(Path source, Path target, String entry, java.util.function.UnaryOperator<String> edit) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = readAll(in);
                if (e.getName().equals(entry)) data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return target;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }
}
