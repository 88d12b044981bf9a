package org.waymark.ui.rounds;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.waymark.app.Ports;
import org.waymark.app.rounds.Outcome;
import org.waymark.app.rounds.ReturnedForm;
import org.waymark.app.rounds.ReviewedForm;
import org.waymark.app.rounds.RoundDates;
import org.waymark.app.rounds.RoundService;
import org.waymark.app.rounds.RoundSummary;
import org.waymark.app.rounds.UpdateRoundFiles;
import org.waymark.ui.PlanContext;
import org.waymark.ui.ViewWork;
import org.waymark.ui.PlanView;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Update rounds: every round (sent, returned, outstanding, overdue) with start and chase, and the review of
 * returned forms, dropped on the view or chosen, before the lead applies them.
 */
public final class RoundsView implements PlanView {

    private final PlanContext ctx;
    private final ViewWork work;
    private final RoundService service;
    private final VBox root = new VBox(8);
    private final TableView<RoundSummary> rounds = new TableView<>();
    private final ReviewTable review = new ReviewTable();
    private final Label status = new Label();
    private final Label counts = new Label();
    private final Button apply = new Button("Apply accepted changes");

    public RoundsView(PlanContext ctx) {
        this.ctx = ctx;
        this.work = new ViewWork(ctx, "Update rounds");
        this.service = new RoundService(ctx.session());
        build();
    }

    @Override public String id() { return "rounds"; }
    @Override public String title() { return "Update rounds"; }
    @Override public Node node() { return root; }

    public ReadOnlyBooleanProperty loadingProperty() { return work.loadingProperty(); }

    private void build() {
        Button start = new Button("Start round");
        start.setId("round-start");
        Button chase = new Button("Chase outstanding");
        chase.setId("round-chase");
        Button read = new Button("Read returned form…");
        read.setId("round-read");
        apply.setId("round-apply");
        apply.setDisable(true);
        start.disableProperty().bind(ctx.readOnly());
        chase.disableProperty().bind(ctx.readOnly());
        start.setOnAction(e -> startRound());
        chase.setOnAction(e -> chase());
        read.setOnAction(e -> ctx.dialogs().chooseFileToOpen("Returned update form").ifPresent(p -> review(List.of(p))));
        apply.setOnAction(e -> apply());
        status.setId("round-status");
        counts.setId("round-counts");
        rounds.setId("round-list");
        rounds.setAccessibleText("Update rounds");
        rounds.setPrefHeight(170);
        rounds.setPlaceholder(org.waymark.ui.widgets.Wrapping.lines(new Label("No update round yet. Start one to send each owner a form.")));
        rounds.getColumns().add(col("Round", 70, s -> Integer.toString(s.number())));
        rounds.getColumns().add(col("Started", 95, s -> RoundDates.uk(s.round().startedOn())));
        rounds.getColumns().add(col("Return by", 95, s -> RoundDates.uk(s.round().returnBy())));
        rounds.getColumns().add(col("Sent", 60, s -> Integer.toString(s.sent().size())));
        rounds.getColumns().add(col("Returned", 100, s -> s.returned().size() + " (" + s.returnRate() + " %)"));
        rounds.getColumns().add(col("Outstanding", 420, s -> s.outstanding().isEmpty() ? "None" : String.join(", ", s.outstanding())));
        rounds.getColumns().add(col("Overdue", 80, s -> s.overdue() ? "\u26A0 Overdue" : ""));
        rounds.getColumns().add(col("Chases", 70, s -> Integer.toString(s.chases())));
        // wraps: at 200 % zoom on a 1366-pixel screen the heading is wider than the view
        Label heading = org.waymark.ui.widgets.Wrapping.lines(new Label("Returned forms: drop .xlsx files here, or choose one"));
        heading.getStyleClass().add("title-4");
        VBox.setVgrow(review.node(), Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.getChildren().addAll(new ToolBar(start, chase, read, apply), status, rounds, heading, counts, review.node());
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList() : List.of();
            e.setDropCompleted(!files.isEmpty());
            if (!files.isEmpty()) review(files);
        });
    }

    @Override public void refresh() {
        work.run(service::summaries, list -> {
            rounds.setItems(FXCollections.observableArrayList(list));
            status.setText(list.isEmpty() ? "No update round yet." : current(list.get(list.size() - 1)));
        });
    }

    private static String current(RoundSummary s) {
        return s.headline() + ".";
    }

    private Path folder() {
        return org.waymark.app.PlanFolder.of(ctx.session()).resolve("update-rounds");
    }

    /** What a round's step wrote, and where: the folder is found (and for a shared plan made) off the FX thread. */
    private record Written<T>(T issued, Path folder) {}

    private void startRound() {
        UpdateRoundFiles files = port();
        work.run(() -> {
            Path folder = folder();
            return new Written<>(service.start(null, List.of(), issued -> files.write(issued, folder)), folder);
        }, w -> {
            status.setText("Round started: " + w.issued().forms().size() + " forms and e-mails written to " + w.folder() + ".");
            refresh();
        });
    }

    private void chase() {
        UpdateRoundFiles files = port();
        work.run(() -> {
            Path folder = folder();
            return new Written<>(service.chase(service.current().orElseThrow(() -> new org.waymark.app.Refused("round", "There is no round to chase yet.")).round().id(),
                    issued -> files.write(issued, folder)), folder);
        }, w -> {
            status.setText("Chased " + w.issued().forms().size() + " owner(s): new forms and e-mails in " + w.folder() + ".");
            refresh();
        });
    }

    /** Reads the files and shows every row's outcome; nothing is applied until the lead presses Apply. */
    public void review(List<Path> files) {
        UpdateRoundFiles port = port();
        work.run(() -> {
            List<ReturnedForm> read = new ArrayList<>();
            for (Path f : files) read.add(port.read(f));
            return service.review(read);
        }, reviewed -> {
            review.show(reviewed);
            counts.setText(review.count(Outcome.ACCEPTED) + " accepted, " + review.count(Outcome.CONFLICT) + " in conflict, "
                    + review.count(Outcome.REJECTED) + " rejected. Nothing is applied until you press Apply.");
            apply.setDisable(ctx.session().readOnly() || reviewed.stream().allMatch(ReviewedForm::refused));
        });
    }

    private void apply() {
        List<ReviewedForm> decided = review.decided();
        work.run(() -> service.apply(decided), n -> {
            review.clear();
            apply.setDisable(true);
            counts.setText("Applied " + n + " change(s) as one audited change.");
            refresh();
        });
    }

    private static UpdateRoundFiles port() {
        return Ports.find(UpdateRoundFiles.class).orElseThrow(() -> new IllegalStateException("Update forms are not available in this build."));
    }


    private static TableColumn<RoundSummary, String> col(String title, double width, Function<RoundSummary, String> value) {
        TableColumn<RoundSummary, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }
}
