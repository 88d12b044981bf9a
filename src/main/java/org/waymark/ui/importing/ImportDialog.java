package org.waymark.ui.importing;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.waymark.app.PlanImporter;
import org.waymark.app.PlanImporter.Report;
import org.waymark.app.PlanSession;
import org.waymark.app.Ports;
import org.waymark.ui.PlanContext;
import org.waymark.ui.shell.FileFilter;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * File › Import: choose a spreadsheet, check the columns Waymark recognised (and change any), see what will
 * happen to every row, then import them all in one audited change. Reading, checking and importing all run off
 * the FX thread; nothing is written until the last step. This class leads the person from step to step; the
 * frame ({@link ImportFrame}), the column choices ({@link ColumnMapping}) and the row report ({@link RowReport})
 * are each their own class.
 */
public final class ImportDialog {

    private final Stage stage;
    private final PlanContext ctx;
    private final PlanSession session;
    private final PlanImporter importer;
    private final Consumer<Integer> onImported;
    private final ImportFrame frame;
    private final ColumnMapping columns = new ColumnMapping();
    private final RowReport rows = new RowReport();

    private Path file;
    private PlanImporter.Preview preview;
    private Report report;

    /** Opens the dialog over {@code owner}; with a file (dropped on the window), it starts from that file. */
    public static ImportDialog open(Window owner, PlanContext ctx, Path fileOrNull, Consumer<Integer> onImported) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        ImportDialog d = new ImportDialog(stage, ctx, onImported);
        stage.show();
        if (fileOrNull != null) d.read(fileOrNull);
        return d;
    }

    /** Builds the dialog into the given stage (tests use their own). Needs a {@link PlanImporter} in {@link Ports}. */
    public ImportDialog(Stage stage, PlanContext ctx, Consumer<Integer> onImported) {
        this.stage = stage;
        this.ctx = ctx;
        this.session = ctx.session();
        this.onImported = onImported;
        this.importer = Ports.find(PlanImporter.class).orElseThrow(() -> new IllegalStateException("No importer is registered (Main.wire)."));
        this.frame = new ImportFrame(stage, ctx.executor());
        chooseStep();
    }

    public Stage stage() { return stage; }

    // ------------------------------------------------------------------ step 1: the file

    private void chooseStep() {
        frame.step("1 of 3 · Choose the spreadsheet", "Waymark reads .xlsx, .xls and .csv files. Title rows, merged cells and blank rows are fine: "
                + "it finds the header row itself. Nothing changes in the plan until the last step.");
        Button choose = new Button("Choose a file…");
        choose.setId("choose-file");
        choose.setOnAction(e -> {
            ctx.dialogs().chooseFileToOpen("Choose the spreadsheet to import",
                    List.of(FileFilter.of("Spreadsheets (*.xlsx, *.xls, *.csv)", "*.xlsx", "*.xls", "*.csv"), FileFilter.ALL)).ifPresent(this::read);
        });
        VBox box = new VBox(12, choose, new Label(file == null ? "No file chosen." : "Last chosen: " + file.getFileName()));
        box.setAlignment(Pos.TOP_LEFT);
        frame.show(box);
        frame.back().setDisable(true);
        frame.next().setText("Next");
        frame.next().setDisable(true);
        if (session.readOnly()) {
            choose.setDisable(true);
            frame.say("This plan is open read-only, so nothing can be imported into it. Open it for editing first.", true);
        }
    }

    /** Reads the file and proposes a mapping, off the FX thread. */
    public void read(Path chosen) {
        this.file = chosen;
        frame.run("Reading " + chosen.getFileName() + "…", new Task<PlanImporter.Preview>() {
            @Override protected PlanImporter.Preview call() { return importer.preview(chosen); }
        }, p -> { preview = p; mappingStep(); }, this::chooseStep);
    }

    // ------------------------------------------------------------------ step 2: the mapping

    private void mappingStep() {
        frame.step("2 of 3 · Check the columns", "Sheet “" + preview.sheetName() + "” of " + preview.fileName() + ": header found on row " + preview.headerRow()
                + ", " + preview.dataRows() + " rows below it. " + (preview.remembered()
                ? "These are the choices you made last time for this layout." : "Waymark has matched the headers it recognises; change any that are wrong."));
        frame.show(columns.build(preview, this::checkMapping));
        frame.back().setDisable(false);
        frame.back().setOnAction(e -> chooseStep());
        frame.next().setText("Check the rows");
        frame.onNext(this::dryRun);
        checkMapping();
    }

    private void checkMapping() {
        String problem = columns.problem();
        frame.say(problem == null ? "" : problem, problem != null);
        frame.next().setDisable(problem != null);
    }

    // ------------------------------------------------------------------ step 3: the dry run

    private void dryRun() {
        List<String> mapping = columns.mapping();
        boolean suffixing = columns.suffixing();
        frame.run("Checking every row…", new Task<Report>() {
            @Override protected Report call() { return importer.dryRun(file, mapping, suffixing, session); }
        }, r -> { report = r; reportStep(); }, this::mappingStep);
    }

    private void reportStep() {
        frame.step("3 of 3 · Check what will be imported", "Nothing has changed yet. Each row shows what will happen to it, and why, with the cell it is about.");
        int importable = report.accepted() + report.warned();
        Runnable refresh = () -> {
            boolean blocked = importable == 0 || (report.rejected() > 0 && !rows.leaveOutRejected());
            frame.next().setDisable(blocked);
            frame.say(importable == 0 ? "No row can be imported. Correct the spreadsheet, or change the columns."
                    : report.rejected() > 0 && !rows.leaveOutRejected()
                    ? report.rejected() + (report.rejected() == 1 ? " row is" : " rows are") + " rejected. Correct the spreadsheet and check again, or import only the accepted rows."
                    : "All " + importable + " actions will be added in one change, recorded in the audit trail with the file's name.", blocked);
        };
        frame.show(rows.build(report, refresh));
        frame.back().setOnAction(e -> mappingStep());
        frame.next().setText("Import " + importable + (importable == 1 ? " action" : " actions"));
        frame.onNext(this::importRows);
        refresh.run();
    }

    // ------------------------------------------------------------------ step 4: the import

    /** Checks the rows once more off the FX thread, then writes them as one command: Edit › Undo takes the whole import back. */
    private void importRows() {
        List<String> mapping = columns.mapping();
        boolean suffixing = columns.suffixing();
        boolean leaveOut = rows.leaveOutRejected();
        Task<PlanImporter.Prepared> task = new Task<>() {
            @Override protected PlanImporter.Prepared call() {
                updateProgress(0, 1);
                return importer.prepare(file, mapping, suffixing, leaveOut, session, p -> updateProgress(p, 1));
            }
        };
        frame.run("Importing… (one transaction: all rows or none)", task, prepared -> {
            frame.say("Writing " + prepared.rows().size() + " actions in one transaction…", false);
            ctx.perform(ctx.edits().importRows(prepared), () -> imported(prepared.rows().size()), e -> {
                reportStep();
                frame.say("Cannot continue: " + (e.getMessage() == null ? e.toString() : e.getMessage()), true);
            });
        }, this::reportStep);
    }

    private void imported(int n) {
        frame.step("Imported", n + (n == 1 ? " action was" : " actions were") + " added from " + file.getFileName() + ". Edit › Undo takes the import back.");
        Label done = new Label("Imported " + n + (n == 1 ? " action" : " actions") + " from " + file.getFileName()
                + ". Rows with a BRAG different from Waymark's rules keep the sheet’s value as an override; once the evidence is in, clear the override so the rules set it.");
        done.setId("done");
        done.setWrapText(true);
        frame.show(new VBox(done));
        frame.say("", false);
        frame.back().setDisable(true);
        frame.next().setVisible(false);
        frame.close().setText("Close");
        if (onImported != null) onImported.accept(n);
    }
}
