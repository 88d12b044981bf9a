package org.waymark.report.spc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The spc command through the real command line: JSON, table, chart files and refusals. */
class SpcCommandTest {

    static final double[] WORKED = {89, 86, 75, 77, 81, 74, 72, 78, 76, 82, 77, 54, 66, 77, 86};

    @TempDir Path dir;

    Path csv(String name, double... values) throws Exception {
        StringBuilder s = new StringBuilder("date,value\n");
        for (int i = 0; i < values.length; i++) s.append(java.time.LocalDate.of(2024, 1, 1).plusMonths(i)).append(',').append(values[i]).append('\n');
        return Files.writeString(dir.resolve(name), s);
    }

    static JsonNode json(CliRunner.Result r) throws Exception {
        assertEquals(0, r.exit(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test void workedExampleAsJson() throws Exception {
        JsonNode j = json(CliRunner.run("spc", csv("worked.csv", WORKED).toString(), "--format", "json", "--target", "60"));
        JsonNode points = j.get("points");
        assertEquals(15, points.size());
        List<Integer> special = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            assertEquals(76.67, p.get("mean").asDouble(), 0.005);
            assertEquals(57.1, p.get("lower").asDouble(), 0.05);
            assertEquals(96.2, p.get("upper").asDouble(), 0.05);
            assertEquals(WORKED[i], p.get("value").asDouble());
            if (!p.get("type").asText().equals("common-cause")) special.add(i);
        }
        assertEquals(List.of(11), special);
        assertEquals("outside-limits", points.get(11).get("rules").get(0).asText());
        assertEquals("concern", points.get(11).get("type").asText());
        assertEquals("2024-12-01", points.get(11).get("date").asText());
        assertEquals("common-cause", j.get("variation").asText());
        assertEquals("hit-and-miss", j.get("assurance").asText());
    }

    @Test void optionsReachTheEngine() throws Exception {
        JsonNode down = json(CliRunner.run("spc", csv("w.csv", WORKED).toString(), "--format", "json", "--improvement", "down", "--target", "50"));
        assertEquals("improvement", down.get("points").get(11).get("type").asText());
        assertEquals("fail", down.get("assurance").asText(), "50 lies below the lower limit: lower is better, so always failing it");
        JsonNode neither = json(CliRunner.run("spc", csv("n.csv", WORKED).toString(), "--format", "json", "--improvement", "neither", "--target", "50"));
        assertEquals("neither", neither.get("points").get(11).get("type").asText());
        assertEquals("none", neither.get("assurance").asText());
        double[] steps = new double[24];
        for (int i = 0; i < 24; i++) steps[i] = (i < 12 ? 10 : 19) + (i % 2) * 2;
        Path stepped = csv("steps.csv", steps);
        JsonNode fixed = json(CliRunner.run("spc", stepped.toString(), "--format", "json", "--baseline", "12"));
        assertEquals(11.0, fixed.get("points").get(23).get("mean").asDouble(), 1e-9);
        assertEquals("improvement-high", fixed.get("variation").asText());
        JsonNode recalc = json(CliRunner.run("spc", stepped.toString(), "--format", "json", "--recalculate-from", "2025-01:New rota"));
        assertEquals(20.0, recalc.get("points").get(23).get("mean").asDouble(), 1e-9);
        assertEquals("Recalculated: New rota", recalc.get("segments").get(1).get("start").asText());
        assertEquals("common-cause", recalc.get("variation").asText());
    }

    @Test void fewerThanTwelvePointsPrintNullLimitsAndNoIcons() throws Exception {
        JsonNode j = json(CliRunner.run("spc", csv("short.csv", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).toString(), "--format", "json", "--target", "5"));
        for (JsonNode p : j.get("points")) {
            assertTrue(p.get("mean").isNull() && p.get("lower").isNull() && p.get("upper").isNull(), p.toString());
            assertEquals(0, p.get("rules").size());
        }
        assertEquals("none", j.get("variation").asText());
        assertEquals("none", j.get("assurance").asText());
        assertTrue(j.get("note").asText().startsWith("Fewer than 12 points (11)"));
    }

    @Test void tableAndChartFiles() throws Exception {
        Path in = csv("worked.csv", WORKED);
        Path svg = dir.resolve("chart.svg"), png = dir.resolve("chart.png"), pdf = dir.resolve("chart.pdf");
        CliRunner.Result t = CliRunner.run("spc", in.toString(), "-o", svg.toString());
        assertEquals(0, t.exit(), t.err());
        assertTrue(t.out().contains("variation: common-cause"), t.out());
        assertTrue(t.out().contains("2024-12-01") && t.out().contains("outside-limits"), t.out());
        String s = Files.readString(svg);
        assertTrue(s.startsWith("<svg") && s.contains("<title>Dec 2024: 54 – Special cause: concern (Outside the process limits)</title>"), s);
        assertEquals(0, CliRunner.run("spc", in.toString(), "-o", png.toString()).exit());
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() > 1000 && img.getHeight() > 400);
        assertEquals(0, CliRunner.run("spc", in.toString(), "-o", pdf.toString()).exit());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Common cause variation"));
            assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, "the chart PDF is tagged");
        }
    }

    @Test void badInputIsRefusedWithoutWritingAChart() throws Exception {
        Path out = dir.resolve("chart.svg");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "date,value\n2024-01-01,3\n2024-02-01,three\n");
        CliRunner.Result r = CliRunner.run("spc", bad.toString(), "-o", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Line 3: \"three\" is not a number."), r.err());
        Path unordered = Files.writeString(dir.resolve("u.csv"), "2024-02-01,3\n2024-01-01,4\n");
        assertTrue(CliRunner.run("spc", unordered.toString()).err().contains("Put the rows in date order"));
        assertTrue(CliRunner.run("spc", csv("r.csv", WORKED).toString(), "--run-length", "8").err().contains("6 or 7"));
        assertTrue(CliRunner.run("spc", csv("b.csv", WORKED).toString(), "--baseline", "5").err().contains("at least 12"));
        assertTrue(CliRunner.run("spc", csv("o.csv", WORKED).toString(), "-o", dir.resolve("c.gif").toString()).err().contains(".svg, .png or .pdf"));
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".spc-")), "no temporary file is left");
        }
    }

    @Test void aPlanMetricByName() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        JsonNode j = json(CliRunner.run("spc", "--metric", "Category 2: mean response", "--plan", plan.toString(), "--format", "json"));
        assertEquals(25, j.get("points").size());
        assertEquals(2, j.get("segments").size());
        assertTrue(j.get("segments").get(1).get("start").asText().startsWith("Recalculated: ARP go-live"));
        assertEquals("improvement-low", j.get("variation").asText());
        assertEquals("fail", j.get("assurance").asText());
        JsonNode response = json(CliRunner.run("spc", "--metric", "life-threatening calls: response standard", "--plan", plan.toString(), "--format", "json"));
        assertEquals("Definition changed", response.get("segments").get(1).get("start").asText());
        CliRunner.Result missing = CliRunner.run("spc", "--metric", "Nope", "--plan", plan.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("No metric \"Nope\""), missing.err());
    }
}
