package org.waymark.ui.boardpack;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.*;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.waymark.app.BoardPackExporter;
import org.waymark.app.BoardPackService;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.Ports;
import org.waymark.domain.BoardMeeting;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanContext;
import org.waymark.ui.PlanView;
import org.waymark.ui.shell.FileFilter;
import org.waymark.ui.shell.LatestLoad;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Board pack: choose the meeting and the sections, edit the cover sheet, preview the pages, export the PDF. The
 * PDF work runs on the background executor with a progress bar and a Cancel button; the FX thread only shows results.
 */
public final class BoardPackView implements PlanView {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final PlanContext ctx;
    private final PlanSession session;
    private final LatestLoad load;
    private final BoardPackService service;
    private final BorderPane root = new BorderPane();
    private final ComboBox<BoardMeeting> meeting = new ComboBox<>();
    private final Map<PackSection, CheckBox> sections = new EnumMap<>(PackSection.class);
    private final VBox pages = new VBox(16);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final ChoiceBox<String> format = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList("PDF", "HTML"));
    private final Button preview = new Button("Preview"), export = new Button("Export PDF…"), cover = new Button("Edit cover sheet…"),
            cancel = new Button("Cancel");
    private final BoardPackExporter exporter;
    private Function<Window, Path> chooseTarget = this::askForTarget;
    private Task<?> running;

    public BoardPackView(PlanContext ctx, Navigator nav) {
        this.ctx = ctx;
        this.session = ctx.session();
        this.load = new LatestLoad(ctx.executor());
        this.service = new BoardPackService(session);
        this.exporter = Ports.find(BoardPackExporter.class).orElse(null);
        root.getStyleClass().add("board-pack-view");
        root.setTop(toolbar());
        root.setLeft(sectionList());
        root.setCenter(previewPane());
        root.setBottom(progressBar());
        refresh();
    }

    @Override public String id() { return "board-pack"; }
    @Override public String title() { return "Board pack"; }
    @Override public Node node() { return root; }

    @Override public void refresh() {
        load.run(service::meetings, this::showMeetings, e -> status.setText("The board meetings could not be read: " + e.getMessage()));
    }

    private void showMeetings(List<BoardMeeting> meetings) {
        BoardMeeting chosen = meeting.getValue();
        meeting.getItems().setAll(meetings);
        if (chosen != null) meeting.getItems().stream().filter(m -> m.id() == chosen.id()).findFirst().ifPresent(meeting::setValue);
        if (meeting.getValue() == null && !meeting.getItems().isEmpty()) meeting.setValue(meeting.getItems().get(meeting.getItems().size() - 1));
        updateButtons();
        if (meeting.getItems().isEmpty()) status.setText("This plan has no board meetings yet. Take a board snapshot first; it creates the meeting.");
        else if (exporter == null) status.setText("PDF export is not available in this build of Waymark.");
    }

    private Node toolbar() {
        meeting.setId("pack-meeting");
        meeting.setConverter(new StringConverter<>() {
            @Override public String toString(BoardMeeting m) { return m == null ? "" : m.name() + " — " + uk(m.meetingDate()); }
            @Override public BoardMeeting fromString(String s) { return null; }
        });
        meeting.valueProperty().addListener((o, a, b) -> { pages.getChildren().clear(); updateButtons(); });
        Label label = new Label("Board meeting");
        label.setLabelFor(meeting);
        cover.setId("pack-cover");
        preview.setId("pack-preview");
        export.setId("pack-export");
        export.getStyleClass().add("accent");
        cover.setOnAction(e -> editCover());
        preview.setOnAction(e -> startPreview());
        export.setOnAction(e -> startExport());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        format.setId("pack-format");
        format.setValue("PDF");
        Label formatLabel = new Label("Format");
        formatLabel.setLabelFor(format);
        format.setTooltip(new Tooltip("PDF for print and the board's archive; HTML for the trust's website: one accessible file"));
        export.textProperty().bind(format.valueProperty().map(f -> "Export " + f + "…"));
        var bar = org.waymark.ui.widgets.Wrapping.row(10, label, meeting, cover, grow, preview, formatLabel, format, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12));
        return bar;
    }

    private Node sectionList() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        Label heading = new Label("Sections");
        heading.getStyleClass().add("title-4");
        box.getChildren().add(heading);
        for (PackSection s : PackSection.values()) {
            CheckBox c = new CheckBox(s.title());
            c.setId("section-" + s.key());
            c.setSelected(true);
            c.selectedProperty().addListener((o, a, b) -> updateButtons());
            sections.put(s, c);
            box.getChildren().add(c);
        }
        box.setMinWidth(220);
        return box;
    }

    private Node previewPane() {
        pages.setId("pack-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        showHint();
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("pack-preview");
        return scroll;
    }

    /** The empty preview says what to do rather than leaving a blank page. */
    private void showHint() {
        javafx.scene.control.Label hint = new javafx.scene.control.Label(
                "Choose the meeting and the sections, then Preview to see the pages here, or Export… to save the pack as PDF or as HTML.");
        hint.setId("pack-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.setPadding(new Insets(48, 0, 0, 0));
        pages.getChildren().setAll(hint);
    }

    private Node progressBar() {
        progress.setId("pack-progress");
        progress.setPrefWidth(260);
        status.setId("pack-status");
        status.setWrapText(true);
        cancel.setId("pack-cancel");
        cancel.setOnAction(e -> { if (running != null) running.cancel(false); });
        progress.setVisible(false);
        cancel.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox bar = new HBox(10, progress, cancel, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 10, 12));
        return bar;
    }

    private Set<PackSection> chosenSections() {
        Set<PackSection> out = EnumSet.noneOf(PackSection.class);
        sections.forEach((s, c) -> { if (c.isSelected()) out.add(s); });
        return out;
    }

    private void updateButtons() {
        boolean busy = running != null;
        boolean ready = exporter != null && meeting.getValue() != null && !chosenSections().isEmpty() && !busy;
        preview.setDisable(!ready);
        export.setDisable(!ready);
        cover.setDisable(meeting.getValue() == null || busy);
    }

    private void editCover() {
        BoardMeeting m = meeting.getValue();
        ctx.executor().run("Reading the cover sheet…", () -> service.cover(m.id()), stored -> {
            CoverSheetDialog dialog = new CoverSheetDialog(ctx, service, m, stored, () -> {
                status.setText("Cover sheet saved for " + m.name() + ".");
                showHint();
            });
            if (root.getScene() != null) dialog.initOwner(root.getScene().getWindow());
            ctx.dialogs().show(dialog);
        }, e -> status.setText("The cover sheet could not be read: " + e.getMessage()));
    }

    private void startPreview() {
        long meetingId = meeting.getValue().id();
        Set<PackSection> chosen = chosenSections();
        run(new PackTask<List<byte[]>>() {
            @Override protected List<byte[]> call() {
                return exporter.preview(session, meetingId, chosen, 40, 60, this);
            }
        }, "Preparing the preview…", images -> {
            pages.getChildren().clear();
            for (byte[] png : images) {
                ImageView v = new ImageView(new Image(new ByteArrayInputStream(png)));
                v.setPreserveRatio(true);
                v.getStyleClass().add("pack-page");
                v.setEffect(new javafx.scene.effect.DropShadow(10, javafx.scene.paint.Color.gray(0, 0.35)));
                pages.getChildren().add(v);
            }
            status.setText("Showing " + images.size() + " page" + (images.size() == 1 ? "" : "s") + ".");
        });
    }

    private void startExport() {
        Path target = chooseTarget.apply(root.getScene() == null ? null : root.getScene().getWindow());
        if (target == null) return;
        long meetingId = meeting.getValue().id();
        Set<PackSection> chosen = chosenSections();
        run(new PackTask<Path>() {
            @Override protected Path call() {
                exporter.export(session, meetingId, chosen, target, this);
                return target;
            }
        }, "Exporting the board pack…", path -> status.setText("Saved " + path + "."));
    }

    private <T> void run(PackTask<T> task, String startMessage, java.util.function.Consumer<T> done) {
        running = task;
        updateButtons();
        progress.setVisible(true);
        cancel.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        task.update(0, startMessage);
        task.setOnSucceeded(e -> { finish(); done.accept(task.getValue()); });
        task.setOnCancelled(e -> { finish(); status.setText("Cancelled. Nothing was written."); });
        task.setOnFailed(e -> {
            finish();
            Throwable t = task.getException();
            status.setText(t instanceof BoardPackExporter.Cancelled ? "Cancelled. Nothing was written."
                    : "The board pack could not be made: " + t.getMessage() + " Check the folder is writable and try again.");
        });
        ctx.executor().start(startMessage, task);
    }

    private void finish() {
        running = null;
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        progress.setVisible(false);
        cancel.setVisible(false);
        updateButtons();
    }

    private Path askForTarget(Window owner) {
        BoardMeeting m = meeting.getValue();
        boolean html = "HTML".equals(format.getValue());
        String ext = html ? ".html" : ".pdf";
        FileFilter filter = html ? FileFilter.of("Web page (HTML)", "*.html", "*.htm") : FileFilter.of("PDF document", "*.pdf");
        Path file = ctx.dialogs().chooseFileToSave("Export board pack", "Board pack " + m.meetingDate() + ext, List.of(filter)).orElse(null);
        if (file == null) return null;
        // the exporter goes by the extension, so a name typed without one gets the chosen format's
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean matches = html ? name.endsWith(".html") || name.endsWith(".htm") : name.endsWith(".pdf");
        return matches ? file : file.resolveSibling(file.getFileName() + ext);
    }

    /** Lets a test choose the export file instead of the native dialog. */
    void chooseTargetWith(Function<Window, Path> chooser) { this.chooseTarget = chooser; }

    static String uk(LocalDate d) { return d == null ? "" : UK.format(d); }
}
