package org.waymark.ui.importing;

import javafx.concurrent.Task;
import org.waymark.app.PlanExporter;
import org.waymark.app.PlanSession;
import org.waymark.app.Ports;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.DialogService;
import org.waymark.ui.shell.FileFilter;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * File › Export: choose where and in which format (the register as Excel or csv, or the whole plan as a JSON
 * document), then write it on the background executor and say where it went.
 */
public final class ExportAction {

    private static final List<FileFilter> FORMATS = List.of(
            FileFilter.of("Excel workbook: the register, formatted (*.xlsx)", "*.xlsx"),
            FileFilter.of("CSV: the register, for Power BI and other tools (*.csv)", "*.csv"),
            FileFilter.of("Waymark plan document: the whole plan with its audit trail (*.json)", "*.json"));

    private ExportAction() {}

    /** Asks for a file name and format (the extension names it), then exports. */
    public static void run(PlanSession session, BackgroundExecutor executor, DialogService dialogs) {
        executor.run(null, () -> session.plan().organisation().name(), organisation ->
                dialogs.chooseFileToSave("Export the plan", safeName(organisation) + " register.xlsx", FORMATS).ifPresent(target ->
                        export(session, executor, target, done -> dialogs.info("Exported", "Exported to " + done),
                                error -> dialogs.error("Export failed", "The export failed: " + error.getMessage() + "\nThe plan itself is unchanged."))));
    }

    /** Exports to {@code target} (its extension names the format) on the executor; the callbacks run on the FX thread. */
    public static Task<Path> export(PlanSession session, BackgroundExecutor executor, Path target, Consumer<Path> onDone, Consumer<Throwable> onError) {
        PlanExporter exporter = Ports.find(PlanExporter.class).orElseThrow(() -> new IllegalStateException("No exporter is registered (Main.wire)."));
        Task<Path> task = new Task<>() {
            @Override protected Path call() {
                exporter.export(session, target);
                return target;
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        return executor.start("Exporting to " + target.getFileName() + "…", task);
    }

    private static String safeName(String s) { return s.replaceAll("[\\\\/:*?\"<>|]", "-"); }
}
