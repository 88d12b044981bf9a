package org.waymark.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.demo.DemoPlanGenerator;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Packs from the demo plan and from a synthetic plan pass veraPDF's PDF/A-2b and PDF/UA-1 checks. */
class BoardPackStandardsTest {

    @TempDir static Path dir;
    static Path demoPack, syntheticPack;

    @BeforeAll
    static void export() {
        demoPack = dir.resolve("demo.pdf");
        syntheticPack = dir.resolve("synthetic.pdf");
        try (PlanSession s = TestPlans.demo(dir)) {
            exportAll(s, demoPack);
        }
        try (PlanSession s = DemoPlanGenerator.write(dir.resolve("synthetic.waymark"), 80, 5, false, "tester", TestPlans.CLOCK)) {
            exportAll(s, syntheticPack);
        }
    }

    static void exportAll(PlanSession s, Path out) {
        long meeting = new BoardPackService(s).meeting("latest").orElseThrow().id();
        new PdfBoardPackExporter().export(s, meeting, EnumSet.allOf(PackSection.class), out, BoardPackExporter.Progress.NONE);
    }

    @Test
    void demoPackIsPdfA2b() throws Exception {
        assertEquals(Map.of(), VeraPdf.failures(demoPack, PDFAFlavour.PDFA_2_B));
    }

    @Test
    void syntheticPackIsPdfA2b() throws Exception {
        assertEquals(Map.of(), VeraPdf.failures(syntheticPack, PDFAFlavour.PDFA_2_B));
    }

    @Test
    void demoPackIsPdfUa1() throws Exception {
        assertEquals(Map.of(), VeraPdf.failures(demoPack, PDFAFlavour.PDFUA_1));
    }

    @Test
    void syntheticPackIsPdfUa1() throws Exception {
        assertEquals(Map.of(), VeraPdf.failures(syntheticPack, PDFAFlavour.PDFUA_1));
    }
}
