package org.waymark.report.spc;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.waymark.app.chart.ChartStyle;
import org.waymark.app.chart.SpcFigure;
import org.waymark.app.chart.SpcText;
import org.waymark.app.chart.SvgCanvas;
import org.waymark.domain.spc.SpcResult;
import org.waymark.report.layout.PackFonts;
import org.waymark.report.layout.PageCursor;
import org.waymark.report.layout.PdfStandards;
import org.waymark.report.layout.Tagger;
import org.waymark.report.layout.XmrChart;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.Locale;
import java.util.function.Function;

/** Writes an SPC figure as SVG, PNG (java.awt, twice the size for sharpness) or tagged PDF, replacing the file whole. */
public final class SpcChartFiles {

    static final double WIDTH = 760;

    private SpcChartFiles() {}

    public static void write(Path out, String title, SpcResult r, Function<Integer, String> unitAt) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        Function<LocalDate, String> labels = SpcText.labels(r);
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".spc-", ".tmp");
        try {
            if (name.endsWith(".svg")) svg(tmp, title, r, labels, unitAt);
            else if (name.endsWith(".png")) png(tmp, title, r, labels, unitAt);
            else if (name.endsWith(".pdf")) pdf(tmp, title, r, labels, unitAt);
            else throw new IllegalArgumentException("Name the chart file .svg, .png or .pdf, not " + out.getFileName());
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void svg(Path out, String title, SpcResult r, Function<LocalDate, String> labels, Function<Integer, String> unitAt) throws IOException {
        SvgCanvas c = new SvgCanvas(WIDTH, SpcFigure.height(r), SpcText.alt(title, r, labels));
        SpcFigure.paint(c, ChartStyle.LIGHT, title, r, WIDTH, labels, unitAt);
        Files.writeString(out, c.svg(), StandardCharsets.UTF_8);
    }

    private static void png(Path out, String title, SpcResult r, Function<LocalDate, String> labels, Function<Integer, String> unitAt) throws IOException {
        int scale = 2;
        BufferedImage img = new BufferedImage((int) WIDTH * scale, (int) SpcFigure.height(r) * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.scale(scale, scale);
            SpcFigure.paint(new AwtCanvas(g), ChartStyle.LIGHT, title, r, WIDTH, labels, unitAt);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(img, "png", out.toFile())) throw new IOException("No PNG writer is available");
    }

    private static void pdf(Path out, String title, SpcResult r, Function<LocalDate, String> labels, Function<Integer, String> unitAt) throws IOException {
        try (PDDocument doc = new PDDocument(); OutputStream os = Files.newOutputStream(out)) {
            PackFonts fonts = new PackFonts(doc);
            Tagger tagger = new Tagger(doc, "en-GB");
            PageCursor c = new PageCursor(doc, fonts, tagger);
            c.newPage(SpcFigure.height(r) < 420);
            XmrChart.draw(c, tagger.document(), title, r, labels, unitAt);
            c.close();
            tagger.finish();
            PdfStandards.apply(doc, "SPC chart: " + title, "Waymark", "XmR chart with Making Data Count icons", Calendar.getInstance());
            doc.save(os);
        }
    }
}
