package org.waymark.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.waymark.app.BoardPackExporter.Cancelled;
import org.waymark.app.BoardPackExporter.Progress;
import org.waymark.report.layout.Flow;
import org.waymark.report.layout.PackFonts;
import org.waymark.report.layout.PageCursor;
import org.waymark.report.layout.Tagger;

import java.util.ArrayList;
import java.util.List;

/** The pack being built: the document, its drawing tools, its outline and contents, and the progress to report. */
final class PackBuilder {

    record TocEntry(String title, PDPage page) {}

    final PDDocument doc;
    final PackFonts fonts;
    final Tagger tagger;
    final PageCursor cursor;
    final Flow flow;
    final List<TocEntry> toc = new ArrayList<>();
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final Progress progress;

    PackBuilder(PDDocument doc, Progress progress) {
        this.doc = doc;
        this.progress = progress;
        this.fonts = new PackFonts(doc);
        this.tagger = new Tagger(doc, "en-GB");
        this.cursor = new PageCursor(doc, fonts, tagger);
        this.flow = new Flow(cursor);
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** Starts a section on a new page: its Sect element, H1, bookmark and contents entry. */
    PDStructureElement section(String title, boolean landscape, boolean listed) {
        cursor.newPage(landscape);
        PDPage first = cursor.page();
        PDStructureElement sect = tagger.add(tagger.document(), "Sect", first);
        flow.h1(sect, title);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
        dest.setPage(first);
        dest.setTop((int) first.getMediaBox().getHeight());
        item.setDestination(dest);
        outline.addLast(item);
        if (listed) toc.add(new TocEntry(title, first));
        return sect;
    }

    void progress(double fraction, String message) {
        if (progress.isCancelled()) throw new Cancelled();
        progress.update(fraction, message);
    }

    /** For long loops: checks for a cancel without reporting. */
    void checkCancelled() {
        if (progress.isCancelled()) throw new Cancelled();
    }

    int pageNumber(PDPage page) { return doc.getPages().indexOf(page) + 1; }
}
