package org.waymark.ui.reliability;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.waymark.app.infra.BackupHealth;
import org.waymark.app.infra.BackupInfo;
import org.waymark.app.infra.Backups;
import org.waymark.app.infra.RestoreResult;

import org.waymark.ui.shell.BackgroundExecutor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * File › Restore backup…: lists the plan's backups with when, why, size and health, and restores the one chosen.
 * Checking health and restoring both read whole files, so both run off the FX thread; the dialog shows progress
 * and, if the restore is refused, says why and stays open so another backup can be chosen.
 *
 * <p>The plan must not be open for editing while it is restored (the restore takes the plan's lock): pass a
 * {@code beforeRestore} that closes the current session; it runs on the background thread just before the restore.
 */
public final class RestoreBackupDialog extends Dialog<RestoreResult> {

    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);

    private final Backups backups;
    private final Path plan;
    private final String user;
    private final Runnable beforeRestore;
    private final TableView<BackupInfo> table = new TableView<>();
    private final Map<Path, BackupHealth> health = new ConcurrentHashMap<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label error = new Label();
    private final Label detail = new Label();
    private final BackgroundExecutor executor;
    private volatile boolean running;

    public RestoreBackupDialog(Path plan, Backups backups, String user, Runnable beforeRestore, BackgroundExecutor executor) {
        this.executor = executor;
        this.backups = backups;
        this.plan = plan;
        this.user = user;
        this.beforeRestore = beforeRestore == null ? () -> {} : beforeRestore;
        setTitle("Restore backup");
        setHeaderText("Restore " + plan.getFileName() + " from a backup");
        getDialogPane().getStylesheets().add(RestoreBackupDialog.class.getResource("reliability.css").toExternalForm());
        getDialogPane().setId("restore-backup-dialog");
        setResizable(true);

        table.setId("backup-table");
        table.setPlaceholder(new Label("No backups of this plan yet. One is taken each time it is opened for editing."));
        table.getColumns().setAll(List.of(
                column("Taken", BackupInfo::takenText, 150),
                column("Why", BackupInfo::reasonText, 220),
                column("Size", BackupInfo::sizeText, 80),
                healthColumn()));
        table.setPrefHeight(260);
        table.setPrefWidth(720);
        Label explain = new Label("The backup is checked before it is used. A copy of the plan as it is now is kept in the backups folder, "
                + "and the restore is recorded in the audit trail.");
        explain.setWrapText(true);
        explain.setMaxWidth(720);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        progress.setId("restore-progress");
        status.setId("restore-status");
        error.setId("restore-error");
        error.getStyleClass().add("restore-error");
        error.setWrapText(true);
        error.setMaxWidth(720);
        detail.setId("backup-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(720);
        for (Label l : List.of(explain, detail, error)) l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(10, explain, table, detail, progress, status, error));
        getDialogPane().getButtonTypes().setAll(RESTORE, ButtonType.CANCEL);

        Button restoreButton = (Button) getDialogPane().lookupButton(RESTORE);
        restoreButton.setId("restore-button");
        restoreButton.setDisable(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> updateButton());
        restoreButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes itself when the restore has finished, not on the click
            startRestore(table.getSelectionModel().getSelectedItem());
        });
        getDialogPane().lookupButton(ButtonType.CANCEL).addEventFilter(ActionEvent.ACTION, e -> { if (running) e.consume(); });
        setResultConverter(b -> null);
        load();
    }

    private static TableColumn<BackupInfo, String> column(String title, java.util.function.Function<BackupInfo, String> value, double width) {
        TableColumn<BackupInfo, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<BackupInfo, BackupInfo> healthColumn() {
        TableColumn<BackupInfo, BackupInfo> c = new TableColumn<>("Health");
        c.setPrefWidth(250);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(BackupInfo item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("health-sound", "health-unsound");
                if (empty || item == null) { setText(null); setTooltip(null); return; }
                BackupHealth h = health.get(item.file());
                if (h == null) { setText("Checking…"); return; }
                setText(h.sound() ? "Sound" : "Not sound");
                getStyleClass().add(h.sound() ? "health-sound" : "health-unsound");
                setTooltip(new javafx.scene.control.Tooltip(h.summary()));
            }
        });
        return c;
    }

    /** Lists backups, then checks each one's health, all off the FX thread. */
    private void load() {
        status.setText("Checking backups…");
        Task<List<BackupInfo>> list = new Task<>() {
            @Override protected List<BackupInfo> call() {
                List<BackupInfo> all = backups.list(plan);
                javafx.application.Platform.runLater(() -> table.setItems(FXCollections.observableArrayList(all)));
                for (BackupInfo b : all) {
                    health.put(b.file(), backups.health(b.file()));
                    javafx.application.Platform.runLater(() -> { table.refresh(); updateButton(); });
                }
                return all;
            }
        };
        list.setOnSucceeded(e -> {
            status.setText(list.getValue().isEmpty() ? "" : list.getValue().size() + " backups, newest first. Choose a sound one.");
            if (!list.getValue().isEmpty()) table.getSelectionModel().select(firstSound(list.getValue()));
        });
        list.setOnFailed(e -> error.setText("The backups could not be listed: " + list.getException().getMessage()));
        executor.start("Checking backups…", list);
    }

    private BackupInfo firstSound(List<BackupInfo> all) {
        return all.stream().filter(b -> health.containsKey(b.file()) && health.get(b.file()).sound()).findFirst().orElse(all.get(0));
    }

    private void updateButton() {
        BackupInfo chosen = table.getSelectionModel().getSelectedItem();
        BackupHealth h = chosen == null ? null : health.get(chosen.file());
        detail.setText(chosen == null ? "" : h == null ? "Checking this backup…" : h.summary());
        getDialogPane().lookupButton(RESTORE).setDisable(running || h == null || !h.sound());
    }

    private void startRestore(BackupInfo chosen) {
        if (chosen == null || running) return;
        running = true;
        updateButton();
        table.setDisable(true);
        error.setText("");
        Task<RestoreResult> restore = new Task<>() {
            @Override protected RestoreResult call() {
                updateMessage("Closing the plan…");
                beforeRestore.run();
                return backups.restore(plan, chosen.file(), user, (done, total, message) -> {
                    updateProgress(done, total);
                    updateMessage(message);
                });
            }
        };
        progress.setVisible(true);
        progress.progressProperty().bind(restore.progressProperty());
        status.textProperty().bind(restore.messageProperty());
        restore.setOnSucceeded(e -> {
            unbind();
            setResult(restore.getValue());
            close();
        });
        restore.setOnFailed(e -> {
            unbind();
            running = false;
            table.setDisable(false);
            progress.setVisible(false);
            error.setText("Not restored. " + restore.getException().getMessage());
            updateButton();
        });
        executor.start("Restoring " + plan.getFileName() + "…", restore);
    }

    private void unbind() {
        progress.progressProperty().unbind();
        status.textProperty().unbind();
    }

    /** The rows shown, for tests. */
    ObservableList<BackupInfo> rows() { return table.getItems(); }
}
