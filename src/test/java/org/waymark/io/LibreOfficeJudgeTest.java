package org.waymark.io;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An outside judge of the xlsx: LibreOffice converts the exported workbook to csv, and what it shows must be the
 * same data as Waymark's own csv export (dates as dd/MM/yyyy, BRAG letters, multi-line text). Skipped when
 * soffice is not installed; .ci/run installs it.
 */
class LibreOfficeJudgeTest {

    @TempDir Path dir;

    @Test void libreOfficeReadsTheExportedWorkbookAsTheSameData() throws Exception {
        Path soffice = findSoffice();
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        try (PlanSession demo = TestPlans.demo(dir)) {
            Path xlsx = dir.resolve("register.xlsx");
            Path csv = dir.resolve("ours.csv");
            new FileExporter().export(demo, xlsx);
            new FileExporter().export(demo, csv);
            Path out = Files.createDirectories(dir.resolve("lo"));
            Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(), "--headless",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out.toString(), xlsx.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "soffice finished");
            Path converted = out.resolve("register.csv");
            assertTrue(Files.exists(converted), Files.readString(dir.resolve("soffice.log")));

            List<List<String>> theirs = records(Files.readString(converted, StandardCharsets.UTF_8));
            List<List<String>> ours = records(Files.readString(csv, StandardCharsets.UTF_8));
            assertEquals(demo.plan().actions().size() + 1, theirs.size());
            assertEquals(ours.size(), theirs.size());
            for (int i = 0; i < ours.size(); i++) assertEquals(ours.get(i), theirs.get(i), "row " + (i + 1));
            assertTrue(theirs.stream().anyMatch(r -> r.stream().anyMatch(c -> c.contains("\n"))), "multi-line cells survive");
        }
    }

    private static List<List<String>> records(String text) throws IOException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<List<String>> rows = new ArrayList<>();
        for (var rec : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            List<String> cells = new ArrayList<>(rec.toList());
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
            rows.add(cells);
        }
        return rows;
    }

    private static Path findSoffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }
}
