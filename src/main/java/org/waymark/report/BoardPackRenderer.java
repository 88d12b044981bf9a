package org.waymark.report;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.waymark.app.BoardPackExporter.Progress;
import org.waymark.app.PackContent;
import org.waymark.report.layout.PageDecorator;
import org.waymark.report.layout.PdfStandards;
import org.waymark.report.model.PackModel;
import org.waymark.report.model.Section;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;

/** Draws the pack model's sections in order as PDF, then the contents, running headers and footers, tags and metadata. */
public final class BoardPackRenderer {

    private BoardPackRenderer() {}

    /** Builds the pack in a document that keeps its page streams in a temp file, so large plans fit a small heap. */
    public static PDDocument render(PackContent content, Progress progress) {
        PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try {
            PackBuilder b = new PackBuilder(doc, progress);
            b.progress(0.02, "Working out the figures");
            PackModel model = PackModels.of(content);
            PdfPackWriter writer = new PdfPackWriter(b);
            ContentsPage contents = null;
            int done = 0;
            for (Section s : model.sections()) {
                if (contents == null && s.listed()) contents = ContentsPage.reserve(b, model.contentsIntro());
                b.progress(0.05 + 0.85 * done++ / model.sections().size(), s.title());
                writer.write(s);
            }
            if (contents == null) contents = ContentsPage.reserve(b, model.contentsIntro());
            b.cursor.close();
            b.progress(0.95, "Contents, headers and footers");
            contents.fill(b);
            PageDecorator.decorate(doc, b.fonts, b.tagger, model.organisation(), model.runningHead(), model.asAt(), true);
            b.tagger.finish();
            b.fonts.replacementNotice().ifPresent(progress::warn);
            Calendar created = GregorianCalendar.from(content.today().atStartOfDay(ZoneId.systemDefault()));
            PdfStandards.apply(doc, model.title(), model.author().isEmpty() ? model.organisation() : model.author(), model.subject(), created,
                    PackAnchor.of(content).xmp());
            return doc;
        } catch (RuntimeException e) {
            close(doc);
            throw e;
        }
    }

    public static void write(PackContent content, OutputStream out, Progress progress) {
        try (PDDocument doc = render(content, progress)) {
            progress.update(0.97, "Saving");
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(PDDocument doc) {
        try { doc.close(); } catch (IOException ignored) { /* the original failure matters more */ }
    }
}
