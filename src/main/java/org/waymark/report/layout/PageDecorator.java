package org.waymark.report.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.waymark.report.layout.PackFonts.Face;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Draws the running header (trust, meeting, date) and the "Page N of M" footer on every page once the page count
 * is known. Both are artifacts: a screen reader skips them rather than reading them on every page.
 */
public final class PageDecorator {

    private PageDecorator() {}

    public static void decorate(PDDocument doc, PackFonts fonts, Tagger tagger, String left, String right, String footer, boolean firstPageHeader) {
        int total = doc.getNumberOfPages();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                PageCursor c = PageCursor.onStream(doc, fonts, tagger, page, cs);
                float w = page.getMediaBox().getWidth(), h = page.getMediaBox().getHeight();
                float x0 = PageCursor.MARGIN_X, x1 = w - PageCursor.MARGIN_X;
                tagger.beginArtifact(cs);
                if (n > 1 || firstPageHeader) {
                    String l = Wrap.ellipsis(fonts, Face.BOLD, 8, left, (x1 - x0) * 0.55f);
                    c.text(Face.BOLD, 8, Palette.NHS_BLUE, x0, h - 34, l);
                    String r = fonts.safe(right);
                    c.text(Face.REGULAR, 8, Palette.DARK_GREY, x1 - fonts.width(Face.REGULAR, 8, r), h - 34, r);
                    c.line(Palette.NHS_BLUE, 0.8f, x0, h - 41, x1, h - 41);
                }
                c.line(Palette.RULE, 0.5f, x0, 38, x1, 38);
                c.text(Face.REGULAR, 7.5f, Palette.DARK_GREY, x0, 26, fonts.safe(footer));
                String pageText = "Page " + n + " of " + total;
                c.text(Face.BOLD, 7.5f, Palette.DARK_GREY, x1 - fonts.width(Face.BOLD, 7.5f, pageText), 26, pageText);
                tagger.end(cs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
