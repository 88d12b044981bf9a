package org.waymark.io;

import org.waymark.app.PlanExporter;
import org.waymark.app.PlanSession;

import java.nio.file.Path;
import java.util.List;

/** Writes the plan as xlsx, csv or json, chosen by the target's extension. */
public final class FileExporter implements PlanExporter {

    @Override public List<String> formats() { return List.of("xlsx", "csv", "json"); }

    @Override public void export(PlanSession session, Path target) {
        export(session, target, SpreadsheetReader.extension(target.getFileName().toString()));
    }

    public void export(PlanSession session, Path target, String format) {
        switch (format) {
            case "xlsx" -> XlsxExport.write(session.plan(), session.today(), target);
            case "csv" -> CsvExport.write(session.plan(), session.today(), target);
            case "json" -> PlanJson.write(session, target);
            default -> throw new IllegalArgumentException("Waymark exports .xlsx, .csv and .json, not \"" + format + "\". Give the file one of those extensions.");
        }
    }
}
