package org.waymark.ui.importing;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.*;
import javafx.scene.layout.*;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.waymark.app.PlanImporter;
import org.waymark.app.PlanImporter.FieldChoice;
import org.waymark.app.PlanImporter.Report;
import org.waymark.app.PlanImporter.RowOutcome;
import org.waymark.app.PlanSession;
import org.waymark.app.Ports;

import java.nio.file.Path;
import org.waymark.ui.shell.BackgroundExecutor;
import org.waymark.ui.shell.DialogService;
import org.waymark.ui.shell.FileFilter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * File › Import: choose a spreadsheet, check the columns Waymark recognised (and change any), see what will
 * happen to every row, then import them all in one audited change. Reading, checking and importing all run off
 * the FX thread; nothing is written until the last step.
 */
public final class ImportDialog {

    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private static final PseudoClass WARNED = PseudoClass.getPseudoClass("warned");
    private static final PseudoClass SKIPPED = PseudoClass.getPseudoClass("skipped");

    private final Stage stage;
    private final PlanSession session;
    private final PlanImporter importer;
    private final Consumer<Integer> onImported;

    private final Label stepTitle = new Label();
    private final Label stepHint = new Label();
    private final StackPane body = new StackPane();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button back = new Button("Back");
    private final Button next = new Button();
    private final Button close = new Button("Cancel");

    private Path file;
    private PlanImporter.Preview preview;
    private final List<ComboBox<FieldChoice>> combos = new ArrayList<>();
    private final RadioButton suffix = new RadioButton("Import it with a suffix (M2 becomes M2-2)");
    private final RadioButton skip = new RadioButton("Skip the row");
    private final CheckBox skipRejected = new CheckBox("Import only the accepted rows; leave the rejected rows out");
    private final TableView<RowOutcome> table = new TableView<>();
    private Report report;
    private Runnable nextAction = () -> {};
    private final BackgroundExecutor executor;
    private final DialogService dialogs;

    /** Opens the dialog over {@code owner}; with a file (dropped on the window), it starts from that file. */
    public static ImportDialog open(Window owner, PlanSession session, BackgroundExecutor executor, DialogService dialogs, Path fileOrNull,
                                    Consumer<Integer> onImported) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        ImportDialog d = new ImportDialog(stage, session, executor, dialogs, onImported);
        stage.show();
        if (fileOrNull != null) d.read(fileOrNull);
        return d;
    }

    /** Builds the dialog into the given stage (tests use their own). Needs a {@link PlanImporter} in {@link Ports}. */
    public ImportDialog(Stage stage, PlanSession session, BackgroundExecutor executor, DialogService dialogs, Consumer<Integer> onImported) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.stage = stage;
        this.session = session;
        this.onImported = onImported;
        this.importer = Ports.find(PlanImporter.class).orElseThrow(() -> new IllegalStateException("No importer is registered (Main.wire)."));
        stage.setTitle("Import a spreadsheet — Waymark");
        stepTitle.getStyleClass().addAll("title-3", "step-title");
        stepHint.setWrapText(true);
        stepHint.getStyleClass().add("text-muted");
        status.setId("status");
        status.setWrapText(true);
        progress.setId("progress");
        progress.setVisible(false);
        progress.setMaxWidth(Double.MAX_VALUE);
        next.setId("next");
        next.setDefaultButton(true);
        back.setId("back");
        close.setId("close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        next.setOnAction(e -> nextAction.run());

        ToggleGroup duplicates = new ToggleGroup();
        suffix.setToggleGroup(duplicates);
        skip.setToggleGroup(duplicates);
        suffix.setId("duplicates-suffix");
        skip.setId("duplicates-skip");
        suffix.setSelected(true);
        skipRejected.setId("skip-rejected");

        VBox top = new VBox(4, stepTitle, stepHint);
        top.setPadding(new Insets(16, 20, 8, 20));
        HBox buttons = new HBox(8, back, new Region(), close, next);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        VBox bottom = new VBox(8, progress, status, buttons);
        bottom.setPadding(new Insets(8, 20, 16, 20));
        body.setPadding(new Insets(0, 20, 0, 20));
        BorderPane root = new BorderPane(body, top, null, bottom, null);
        root.setId("import-dialog");
        Scene scene = new Scene(root, 900, 640);
        var css = ImportDialog.class.getResource("import.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        // The window's theme, zoom and keyboard rules apply here as in the main window.
        org.waymark.ui.shell.Theme.style(scene);
        stage.setScene(scene);
        chooseStep();
    }

    public Stage stage() { return stage; }

    // ------------------------------------------------------------------ step 1: the file

    private void chooseStep() {
        step("1 of 3 · Choose the spreadsheet", "Waymark reads .xlsx, .xls and .csv files. Title rows, merged cells and blank rows are fine: "
                + "it finds the header row itself. Nothing changes in the plan until the last step.");
        Button choose = new Button("Choose a file…");
        choose.setId("choose-file");
        choose.setOnAction(e -> {
            dialogs.chooseFileToOpen("Choose the spreadsheet to import",
                    List.of(FileFilter.of("Spreadsheets (*.xlsx, *.xls, *.csv)", "*.xlsx", "*.xls", "*.csv"), FileFilter.ALL)).ifPresent(this::read);
        });
        VBox box = new VBox(12, choose, new Label(file == null ? "No file chosen." : "Last chosen: " + file.getFileName()));
        box.setAlignment(Pos.TOP_LEFT);
        show(box);
        back.setDisable(true);
        next.setText("Next");
        next.setDisable(true);
        if (session.readOnly()) {
            choose.setDisable(true);
            status.setText("This plan is open read-only, so nothing can be imported into it. Open it for editing first.");
            status.pseudoClassStateChanged(REJECTED, true);
        }
    }

    /** Reads the file and proposes a mapping, off the FX thread. */
    public void read(Path chosen) {
        this.file = chosen;
        run("Reading " + chosen.getFileName() + "…", new Task<PlanImporter.Preview>() {
            @Override protected PlanImporter.Preview call() { return importer.preview(chosen); }
        }, p -> { preview = p; mappingStep(); }, this::chooseStep);
    }

    // ------------------------------------------------------------------ step 2: the mapping

    private void mappingStep() {
        step("2 of 3 · Check the columns", "Sheet “" + preview.sheetName() + "” of " + preview.fileName() + ": header found on row " + preview.headerRow()
                + ", " + preview.dataRows() + " rows below it. " + (preview.remembered()
                ? "These are the choices you made last time for this layout." : "Waymark has matched the headers it recognises; change any that are wrong."));
        GridPane grid = new GridPane();
        grid.setId("mapping-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, bold("Column"), bold("Header in the file"), bold("Imported as"), bold("First value in the column"));
        combos.clear();
        for (int c = 0; c < preview.headers().size(); c++) {
            ComboBox<FieldChoice> box = new ComboBox<>(FXCollections.observableArrayList(preview.fields()));
            box.setId("map-" + c);
            box.setConverter(new StringConverter<>() {
                @Override public String toString(FieldChoice f) { return f == null ? "" : f.label(); }
                @Override public FieldChoice fromString(String s) { return null; }
            });
            String current = preview.mapping().get(c);
            box.getSelectionModel().select(preview.fields().stream().filter(f -> f.id().equals(current)).findFirst().orElse(null));
            box.valueProperty().addListener((o, a, b) -> checkMapping());
            box.setPrefWidth(220);
            combos.add(box);
            Label header = new Label(preview.headers().get(c));
            header.setWrapText(true);
            header.setMaxWidth(220);
            Label sample = new Label(preview.samples().get(c));
            sample.getStyleClass().add("text-muted");
            sample.setMaxWidth(320);
            grid.addRow(c + 1, new Label(columnLetter(c)), header, box, sample);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(6));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox dup = new VBox(4, bold("If a row's ref is already used (earlier in the sheet, or in the plan):"), suffix, skip);
        VBox box = new VBox(12, scroll, dup);
        show(box);
        back.setDisable(false);
        back.setOnAction(e -> chooseStep());
        next.setText("Check the rows");
        nextAction = this::dryRun;
        checkMapping();
    }

    private void checkMapping() {
        Set<String> seen = new HashSet<>();
        String problem = null;
        boolean hasText = false;
        for (ComboBox<FieldChoice> c : combos) {
            FieldChoice f = c.getValue();
            if (f == null || f.id().equals("IGNORE")) continue;
            if (f.id().equals("TITLE") || f.id().equals("FINDING")) hasText = true;
            if (!seen.add(f.id())) problem = "“" + f.label() + "” is chosen for more than one column. Choose it once.";
        }
        if (problem == null && !hasText) problem = "Choose which column holds the action (or the finding): without one, no row can become an action.";
        status.setText(problem == null ? "" : problem);
        status.pseudoClassStateChanged(REJECTED, problem != null);
        next.setDisable(problem != null);
    }

    private List<String> mapping() {
        return combos.stream().map(c -> c.getValue() == null ? "IGNORE" : c.getValue().id()).toList();
    }

    // ------------------------------------------------------------------ step 3: the dry run

    private void dryRun() {
        List<String> mapping = mapping();
        boolean suffixing = suffix.isSelected();
        run("Checking every row…", new Task<Report>() {
            @Override protected Report call() { return importer.dryRun(file, mapping, suffixing, session); }
        }, r -> { report = r; reportStep(); }, this::mappingStep);
    }

    private void reportStep() {
        step("3 of 3 · Check what will be imported", "Nothing has changed yet. Each row shows what will happen to it, and why, with the cell it is about.");
        table.setId("report-table");
        table.getColumns().setAll(List.of(
                column("Row", 60, r -> String.valueOf(r.row())),
                column("Ref", 90, RowOutcome::ref),
                column("Outcome", 170, RowOutcome::status),
                column("Cell and reason", 520, r -> String.join("\n", r.messages()))));
        var all = FXCollections.observableArrayList(report.rows());
        var shown = new javafx.collections.transformation.FilteredList<>(all, r -> true);
        table.setItems(shown);
        CheckBox problemsOnly = new CheckBox("Show only rows with warnings or problems");
        problemsOnly.setId("problems-only");
        problemsOnly.setOnAction(e -> shown.setPredicate(r -> !problemsOnly.isSelected() || !r.status().equals("Accepted")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(RowOutcome item, boolean empty) {
                super.updateItem(item, empty);
                String s = empty || item == null ? "" : item.status();
                pseudoClassStateChanged(REJECTED, s.equals("Rejected"));
                pseudoClassStateChanged(WARNED, s.equals("Accepted with warnings"));
                pseudoClassStateChanged(SKIPPED, s.equals("Skipped"));
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label summary = new Label(report.accepted() + " accepted · " + report.warned() + " accepted with warnings · "
                + report.rejected() + " rejected · " + report.skipped() + " skipped");
        summary.setId("summary");
        summary.getStyleClass().add("text-bold");
        skipRejected.setSelected(false);
        skipRejected.setVisible(report.rejected() > 0);
        skipRejected.setManaged(report.rejected() > 0);
        VBox.setVgrow(table, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox box = new VBox(10, new HBox(12, summary, gap, problemsOnly), table, skipRejected);
        show(box);
        back.setOnAction(e -> mappingStep());
        int importable = report.accepted() + report.warned();
        next.setText("Import " + importable + (importable == 1 ? " action" : " actions"));
        nextAction = this::importRows;
        Runnable refresh = () -> {
            boolean blocked = importable == 0 || (report.rejected() > 0 && !skipRejected.isSelected());
            next.setDisable(blocked);
            status.pseudoClassStateChanged(REJECTED, blocked);
            status.setText(importable == 0 ? "No row can be imported. Correct the spreadsheet, or change the columns."
                    : report.rejected() > 0 && !skipRejected.isSelected()
                    ? report.rejected() + (report.rejected() == 1 ? " row is" : " rows are") + " rejected. Correct the spreadsheet and check again, or import only the accepted rows."
                    : "All " + importable + " actions will be added in one change, recorded in the audit trail with the file's name.");
        };
        skipRejected.setOnAction(e -> refresh.run());
        refresh.run();
    }

    // ------------------------------------------------------------------ step 4: the import

    private void importRows() {
        List<String> mapping = mapping();
        boolean suffixing = suffix.isSelected();
        boolean leaveOut = skipRejected.isSelected();
        Task<Report> task = new Task<>() {
            @Override protected Report call() {
                updateProgress(0, 1);
                return importer.importRows(file, mapping, suffixing, leaveOut, session, p -> updateProgress(p, 1));
            }
        };
        run("Importing… (one transaction: all rows or none)", task, r -> {
            int n = r.accepted() + r.warned();
            step("Imported", n + (n == 1 ? " action was" : " actions were") + " added from " + file.getFileName() + ".");
            Label done = new Label("Imported " + n + (n == 1 ? " action" : " actions") + " from " + file.getFileName()
                    + ". Rows with a BRAG different from Waymark's rules keep the sheet’s value as an override; once the evidence is in, clear the override so the rules set it.");
            done.setId("done");
            done.setWrapText(true);
            show(new VBox(done));
            status.setText("");
            back.setDisable(true);
            next.setVisible(false);
            close.setText("Close");
            if (onImported != null) onImported.accept(n);
        }, this::reportStep);
    }

    // ------------------------------------------------------------------ helpers

    /** Runs work off the FX thread with the progress bar showing, and returns to {@code onFailure} with the reason. */
    private <T> void run(String message, Task<T> task, Consumer<T> onSuccess, Runnable onFailure) {
        status.setText(message);
        status.pseudoClassStateChanged(REJECTED, false);
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        next.setDisable(true);
        back.setDisable(true);
        task.setOnSucceeded(e -> {
            progress.progressProperty().unbind();
            progress.setVisible(false);
            status.setText("");
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            progress.progressProperty().unbind();
            progress.setVisible(false);
            onFailure.run();
            Throwable t = task.getException();
            status.setText("Cannot continue: " + (t.getMessage() == null ? t.toString() : t.getMessage()));
            status.pseudoClassStateChanged(REJECTED, true);
        });
        executor.start(message, task);
    }

    private void step(String title, String hint) {
        stepTitle.setText(title);
        stepHint.setText(hint);
    }

    private void show(Node n) {
        body.getChildren().setAll(n);
        next.setVisible(true);
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static String columnLetter(int c) {
        StringBuilder sb = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) sb.insert(0, (char) ('A' + (n - 1) % 26));
        return sb.toString();
    }

    private static TableColumn<RowOutcome, String> column(String name, double width, java.util.function.Function<RowOutcome, String> value) {
        TableColumn<RowOutcome, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        // A Text bound to the column's width wraps to as many lines as the reasons need; a wrapping Label would be cut off.
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();
            {
                text.getStyleClass().add("wrapped-text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }
            @Override protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setText(null);
            }
        });
        return c;
    }
}
