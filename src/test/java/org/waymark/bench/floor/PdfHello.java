package org.waymark.bench.floor;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * The floor for a board pack: loads PDFBox and the Liberation Sans the pack embeds, and writes a one-page PDF.
 * Whatever a whole-process export-pack costs above this is start-up of our own code and the pack's work.
 */
public final class PdfHello {
    private PdfHello() {}

    public static void main(String[] args) throws Exception {
        try (PDDocument doc = new PDDocument();
             InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(doc, ttf);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(font, 12);
                text.newLineAtOffset(72, 720);
                text.showText("Hello, board.");
                text.endText();
            }
            doc.save(Path.of(args[0]).toFile());
        }
    }
}
