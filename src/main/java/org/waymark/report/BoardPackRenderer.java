package org.waymark.report;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.waymark.app.BoardPackExporter.Progress;
import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.report.layout.PageDecorator;
import org.waymark.report.layout.PdfStandards;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

/** Draws the chosen sections in order, then the contents, running headers and footers, tags and metadata. */
public final class BoardPackRenderer {

    private static final List<SectionWriter> SECTIONS = List.of(new SummarySection(), new ReadinessSection(), new WarningNoticeSection(),
            new ExceptionSection(), new MovementSection(), new MetricTrendsSection(), new TimelineSection(), new AppendixSection());

    private BoardPackRenderer() {}

    /** Builds the pack in a document that keeps its page streams in a temp file, so large plans fit a small heap. */
    public static PDDocument render(PackContent content, Progress progress) {
        PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try {
            PackBuilder b = new PackBuilder(content, doc, progress);
            b.progress(0.02, "Cover sheet");
            if (content.includes(PackSection.COVER)) new CoverSheetSection().write(b);
            ContentsPage contents = ContentsPage.reserve(b);
            int done = 0;
            for (SectionWriter s : SECTIONS) {
                done++;
                if (!content.includes(s.section())) continue;
                b.progress(0.05 + 0.5 * done / SECTIONS.size(), s.section().title());
                s.write(b);
            }
            b.cursor.close();
            b.progress(0.95, "Contents, headers and footers");
            contents.fill(b);
            String org = content.plan().organisation().name();
            PageDecorator.decorate(doc, b.fonts, b.tagger, org, content.meeting().name() + "  |  " + Dates.uk(content.meeting().meetingDate()),
                    "CQC improvement plan: board pack. Figures as at " + Dates.uk(content.today()) + ".", true);
            b.tagger.finish();
            b.fonts.replacementNotice().ifPresent(progress::warn);
            Calendar created = GregorianCalendar.from(content.today().atStartOfDay(ZoneId.systemDefault()));
            PdfStandards.apply(doc, title(content), content.cover().author().isEmpty() ? org : content.cover().author(),
                    "Board pack on the CQC improvement plan of " + org, created);
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

    static String title(PackContent c) {
        String t = c.cover().title().isEmpty() ? "CQC improvement plan: board pack" : c.cover().title();
        return t + " — " + c.meeting().name() + ", " + Dates.uk(c.meeting().meetingDate());
    }

    private static void close(PDDocument doc) {
        try { doc.close(); } catch (IOException ignored) { /* the original failure matters more */ }
    }
}
