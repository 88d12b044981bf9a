package org.waymark.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The board-pack exporter the app's port asks for: the pack to a file (atomically), as PDF or as HTML by the
 * file's extension, or PNG pages for a preview.
 */
public final class PdfBoardPackExporter implements BoardPackExporter {

    @Override public void export(PlanSession session, long meetingId, Set<PackSection> sections, Path target, Progress progress) {
        export(session, meetingId, sections, target, PackFormat.of(target), progress);
    }

    public void export(PlanSession session, long meetingId, Set<PackSection> sections, Path target, PackFormat format, Progress progress) {
        export(new BoardPackService(session).content(meetingId, sections), target, format, progress);
    }

    /** Writes a pack whose content is already chosen (e.g. as at today, for a plan with no board meeting). */
    public void export(PackContent content, Path target, PackFormat format, Progress progress) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".waymark-pack-", ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (format == PackFormat.HTML) HtmlBoardPack.write(content, out, progress);
                else BoardPackRenderer.write(content, out, progress);
            }
            if (progress.isCancelled()) throw new Cancelled();
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            progress.update(1, "Saved " + target.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try { Files.deleteIfExists(temp); } catch (IOException ignored) { /* best effort: the export already failed */ }
            }
        }
    }

    @Override public List<byte[]> preview(PlanSession session, long meetingId, Set<PackSection> sections, int maxPages, float dpi, Progress progress) {
        PackContent content = new BoardPackService(session).content(meetingId, sections);
        try (PDDocument doc = BoardPackRenderer.render(content, progress)) {
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            doc.save(saved);
            try (PDDocument reloaded = org.apache.pdfbox.Loader.loadPDF(saved.toByteArray())) {
                PDFRenderer renderer = new PDFRenderer(reloaded);
                List<byte[]> pages = new ArrayList<>();
                int n = Math.min(maxPages, reloaded.getNumberOfPages());
                for (int i = 0; i < n; i++) {
                    if (progress.isCancelled()) throw new Cancelled();
                    progress.update(0.9 + 0.1 * i / n, "Rendering page " + (i + 1) + " of " + n);
                    ByteArrayOutputStream png = new ByteArrayOutputStream();
                    ImageIO.write(renderer.renderImageWithDPI(i, dpi, ImageType.RGB), "png", png);
                    pages.add(png.toByteArray());
                }
                return pages;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
