package org.waymark.ui.importing;

import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.waymark.app.PlanExporter;
import org.waymark.app.PlanSession;
import org.waymark.app.Ports;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * File › Export: choose where and in which format (the register as Excel or csv, or the whole plan as a JSON
 * document), then write it off the FX thread and say where it went.
 */
public final class ExportAction {

    private ExportAction() {}

    /** Asks for a file name and format, then exports. */
    public static void run(Window owner, PlanSession session) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the plan");
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter("Excel workbook: the register, formatted (*.xlsx)", "*.xlsx");
        fc.getExtensionFilters().addAll(xlsx,
                new FileChooser.ExtensionFilter("CSV: the register, for Power BI and other tools (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("Waymark plan document: the whole plan with its audit trail (*.json)", "*.json"));
        fc.setSelectedExtensionFilter(xlsx);
        fc.setInitialFileName(safeName(session.plan().organisation().name()) + " register.xlsx");
        File chosen = fc.showSaveDialog(owner);
        if (chosen == null) return;
        String ext = fc.getSelectedExtensionFilter().getExtensions().get(0).substring(1);
        Path target = chosen.getName().contains(".") ? chosen.toPath() : chosen.toPath().resolveSibling(chosen.getName() + ext);
        export(session, target, done -> new Alert(Alert.AlertType.INFORMATION, "Exported to " + done, ButtonType.OK).show(),
                error -> new Alert(Alert.AlertType.ERROR, "The export failed: " + error.getMessage() + "\nThe plan itself is unchanged.", ButtonType.OK).show());
    }

    /** Exports to {@code target} (its extension names the format) off the FX thread; the callbacks run on it. */
    public static Task<Path> export(PlanSession session, Path target, Consumer<Path> onDone, Consumer<Throwable> onError) {
        PlanExporter exporter = Ports.find(PlanExporter.class).orElseThrow(() -> new IllegalStateException("No exporter is registered (Main.wire)."));
        Task<Path> task = new Task<>() {
            @Override protected Path call() {
                exporter.export(session, target);
                return target;
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        Thread t = new Thread(task, "export");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static String safeName(String s) { return s.replaceAll("[\\\\/:*?\"<>|]", "-"); }
}
