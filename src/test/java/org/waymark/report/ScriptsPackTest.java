package org.waymark.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.waymark.app.ActionService;
import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.domain.Action;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real pack whose actions and updates are written in every script the pack supports, plus two it does not:
 * the script fonts are embedded as subsets, Arabic arrives joined and right to left, the unsupported characters
 * are placeholders that the export names, and the pack still passes veraPDF's PDF/A-2b and PDF/UA-1 checks.
 * The pack is kept in target/scripts-pack for a person to render (pdftoppm) and look at.
 */
class ScriptsPackTest {

    /** Title per script: each is a real phrase about a care action. */
    static final List<String> TITLES = List.of(
            "Greek: Έλεγχος φαρμάκων στην πτέρυγα",
            "Cyrillic: Проверка лекарств в отделении",
            "Hebrew: בדיקת תרופות במחלקה",
            "Arabic: مراجعة الأدوية في الجناح (٣)",
            "Urdu: وارڈ میں ادویات کا جائزہ",
            "Devanagari: वार्ड में दवाओं की जाँच",
            "Bengali: ওয়ার্ডে ওষুধ পরীক্ষা",
            "Gurmukhi: ਵਾਰਡ ਵਿੱਚ ਦਵਾਈਆਂ ਦੀ ਜਾਂਚ",
            "Unsupported: 病棟 ሰላም 🙂");

    @TempDir static Path dir;
    static Path pack;
    static List<String> warnings = new ArrayList<>();

    @BeforeAll
    static void export() throws Exception {
        Files.createDirectories(Path.of("target", "scripts-pack"));
        pack = Path.of("target", "scripts-pack", "scripts.pdf");
        try (PlanSession s = TestPlans.demo(dir)) {
            List<Action> actions = s.plan().actions();
            ActionService service = new ActionService(s);
            for (int i = 0; i < TITLES.size(); i++) {
                Action a = actions.get(i);
                service.editDetails(new Action(a.id(), a.ref(), TITLES.get(i), a.description(), a.requirementId(), a.themeId(),
                        a.executiveLeadId(), a.operationalLeadId(), a.committeeId(), a.start(), a.originalDue(), a.currentDue(),
                        a.status(), a.progress(), a.override(), a.signOff()), "script test");
            }
            long meeting = new BoardPackService(s).meeting("latest").orElseThrow().id();
            new PdfBoardPackExporter().export(s, meeting, EnumSet.allOf(PackSection.class), pack, new BoardPackExporter.Progress() {
                @Override public void update(double fraction, String message) {}
                @Override public void warn(String message) { warnings.add(message); }
            });
        }
    }

    @Test
    void embedsTheScriptFonts() throws Exception {
        Set<String> fonts = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources r = page.getResources();
                for (COSName n : r.getFontNames()) {
                    PDFont f = r.getFont(n);
                    assertTrue(f.isEmbedded(), f.getName());
                    boolean whole = f.getName().contains("Devanagari") || f.getName().contains("Bengali");
                    assertEquals(!whole, f.getName().matches("^[A-Z]{6}\\+.*"), "subset only where no substitution: " + f.getName());
                    fonts.add(f.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        assertEquals(Set.of("NotoNaskhArabic-Regular", "NotoSansDevanagari-Regular", "NotoSansBengali-Regular",
                "NotoSansGurmukhi-Regular", "LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic"), fonts);
    }

    /** The characters as drawn (each glyph's ToUnicode text), before the stripper normalises Arabic forms back. */
    static String drawn() throws Exception {
        StringBuilder raw = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pack.toFile())) {
            new PDFTextStripper() {
                @Override protected void processTextPosition(TextPosition text) {
                    raw.append(text.getUnicode());
                    super.processTextPosition(text);
                }
            }.getText(doc);
        }
        return raw.toString();
    }

    @Test
    void arabicIsJoinedAndRightToLeft() throws Exception {
        String text = drawn();
        // ICU shaped "الأدوية" into presentation forms: lam-alef is one ligature glyph, the letters their joined forms.
        assertTrue(text.chars().anyMatch(ch -> ch == 0xFEF7 || ch == 0xFEF8), "lam-alef with hamza ligature drawn");
        assertTrue(text.contains("\uFEA1\uFE8E\uFEE8\uFEA0\uFEDF\uFE8D"), "الجناح joined and drawn right to left: ");
        assertTrue(text.chars().noneMatch(ch -> ch >= 0x0627 && ch <= 0x064A), "no unjoined Arabic letter drawn");
    }

    @Test
    void everyGlyphReadsBackAsText() throws Exception {
        String text = drawn();
        for (String s : List.of("Έλεγχος", "Проверка", "ਦਵਾਈਆਂ", "दवा", "जाँच", "ওষুধ", "\u25A1")) assertTrue(text.contains(s), s + " in " + text);
        // The reph and the conjunct are single glyphs whose ToUnicode gives back their letters.
        assertTrue(text.contains("र्") && text.contains("ক্ষ"), "conjunct glyphs map to their letters");
    }

    @Test
    void unsupportedCharactersAreNamedInTheExport() {
        assertEquals(1, warnings.size(), warnings.toString());
        String w = warnings.get(0);
        for (String expected : List.of("U+75C5", "U+68DF", "U+1230", "U+120B", "U+121D", "U+1F642")) assertTrue(w.contains(expected), w);
        assertTrue(!w.contains("U+0915"), "Devanagari is drawn, not replaced: " + w);
    }

    @Test
    void stillPdfA2bAndPdfUa1() throws Exception {
        assertEquals(Map.of(), VeraPdf.failures(pack, PDFAFlavour.PDFA_2_B));
        assertEquals(Map.of(), VeraPdf.failures(pack, PDFAFlavour.PDFUA_1));
    }
}
