package org.waymark.report;

import org.waymark.app.BoardPackExporter.Progress;
import org.waymark.app.PackContent;
import org.waymark.report.html.HtmlPackWriter;
import org.waymark.report.model.PackModel;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** The board pack as one accessible HTML file, from the same model as the PDF. */
public final class HtmlBoardPack {

    private HtmlBoardPack() {}

    public static void write(PackContent content, OutputStream out, Progress progress) {
        progress.update(0.05, "Working out the figures");
        PackModel model = PackModels.of(content);
        progress.update(0.3, "Writing the HTML");
        HtmlPackWriter.write(model, PackAnchor.of(content).json(), new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), progress::isCancelled);
        progress.update(0.97, "Saving");
    }
}
