package org.waymark.report;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.waymark.report.layout.PackFonts.Face;
import org.waymark.report.layout.PageCursor;
import org.waymark.report.layout.Palette;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The table of contents. Its page is reserved before the sections are drawn and filled in afterwards, when their
 * page numbers are known; its structure element is made first so it is read in its place.
 */
final class ContentsPage {

    private final PDPage page;
    private final PDStructureElement toc;
    private final float top;

    private ContentsPage(PDPage page, PDStructureElement toc, float top) {
        this.page = page;
        this.toc = toc;
        this.top = top;
    }

    static ContentsPage reserve(PackBuilder b, String intro) {
        PDStructureElement sect = b.section("Contents", false, false);
        b.flow.paragraph(sect, intro);
        b.cursor.down(8);
        PDStructureElement toc = b.tagger.add(sect, "TOC", b.cursor.page());
        return new ContentsPage(b.cursor.page(), toc, b.cursor.y());
    }

    void fill(PackBuilder b) {
        try (PDPageContentStream cs = new PDPageContentStream(b.doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            float y = top;
            float left = PageCursor.MARGIN_X, right = page.getMediaBox().getWidth() - PageCursor.MARGIN_X;
            for (PackBuilder.TocEntry e : b.toc) {
                PDStructureElement item = b.tagger.add(toc, "TOCI", page);
                String number = String.valueOf(b.pageNumber(e.page()));
                String title = b.fonts.safe(e.title());
                float size = 11.5f;
                b.tagger.begin(cs, page, item);
                text(b, cs, Face.REGULAR, size, left, y - size, title);
                text(b, cs, Face.BOLD, size, right - b.fonts.width(Face.BOLD, size, number), y - size, number);
                b.tagger.end(cs);
                b.tagger.beginArtifact(cs);
                float from = left + b.fonts.width(Face.REGULAR, size, title) + 6, to = right - b.fonts.width(Face.BOLD, size, number) - 6;
                cs.setStrokingColor(Palette.MID_GREY.r(), Palette.MID_GREY.g(), Palette.MID_GREY.b());
                cs.setLineWidth(0.8f);
                cs.setLineDashPattern(new float[]{0.8f, 3}, 0);
                cs.moveTo(from, y - size + 1);
                cs.lineTo(to, y - size + 1);
                cs.stroke();
                b.tagger.end(cs);
                y -= size * 2.1f;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PackBuilder b, PDPageContentStream cs, Face face, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(b.fonts.get(face), size);
        cs.setNonStrokingColor(Palette.TEXT.r(), Palette.TEXT.g(), Palette.TEXT.b());
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
