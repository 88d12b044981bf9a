package org.waymark.ui.timeline;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.waymark.app.PlanSession;
import org.waymark.ui.PlanContext;
import org.waymark.ui.shell.FileFilter;
import org.waymark.ui.shell.LatestLoad;
import org.waymark.ui.Navigator;
import org.waymark.ui.PlanView;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The Gantt of the plan's actions: bars from start to current due with the original due marked, grouped by
 * requirement, theme or owner, with markers for today, warning-notice deadlines, inspections, board meetings and the
 * steps of the regime history (in the regime's words).
 */
public final class TimelineView implements PlanView {

    private final PlanSession session;
    private final Navigator nav;
    private final BorderPane root = new BorderPane();
    private final GanttChart chart = new GanttChart();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final ToggleGroup zoomGroup = new ToggleGroup();
    private final ChoiceBox<Grouping> grouping = new ChoiceBox<>();
    private final Label status = new Label();
    private final ToggleButton asTable = new ToggleButton("Show as table");
    private Node chartArea;
    private final LatestLoad load;
    private final PlanContext ctx;
    private boolean firstLoad = true;

    public TimelineView(PlanContext ctx, Navigator nav) {
        this.ctx = ctx;
        this.session = ctx.session();
        this.load = new LatestLoad(ctx.executor());
        this.nav = nav;
        root.setId("timeline");
        root.getStyleClass().add("wm-view");
        root.setTop(toolbar());
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setId("timeline-vertical");
        horizontal.setId("timeline-horizontal");
        GridPane centre = new GridPane();
        centre.add(chart, 0, 0);
        centre.add(vertical, 1, 0);
        centre.add(horizontal, 0, 1);
        GridPane.setHgrow(chart, Priority.ALWAYS);
        GridPane.setVgrow(chart, Priority.ALWAYS);
        chart.setMinSize(0, 0);
        chart.setPrefSize(800, 500);
        centre.getStyleClass().add("wm-gantt-frame");
        BorderPane.setMargin(centre, new Insets(0, 12, 12, 12));
        root.setCenter(centre);
        chartArea = centre;
        chart.setOnOpen(nav::openAction);
        chart.setId("timeline-chart");
        vertical.valueProperty().addListener((o, a, b) -> scrolled());
        horizontal.valueProperty().addListener((o, a, b) -> scrolled());
        chart.widthProperty().addListener((o, a, b) -> updateScrollBars());
        chart.heightProperty().addListener((o, a, b) -> updateScrollBars());
        chart.setOnScroll(e -> {
            if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
                horizontal.setValue(clamp(horizontal.getValue() - d, horizontal.getMax()));
            } else {
                vertical.setValue(clamp(vertical.getValue() - e.getDeltaY(), vertical.getMax()));
            }
        });
        chart.setFocusTraversable(true);
        chart.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        chart.setAccessibleText("Timeline");
        chart.setAccessibleHelp("Arrow keys and Page Up or Page Down scroll the timeline. Show as table lists the same actions.");
        chart.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) vertical.setValue(clamp(vertical.getValue() + GanttChart.ROW_HEIGHT, vertical.getMax()));
            if (e.getCode() == KeyCode.UP) vertical.setValue(clamp(vertical.getValue() - GanttChart.ROW_HEIGHT, vertical.getMax()));
            if (e.getCode() == KeyCode.PAGE_DOWN) vertical.setValue(clamp(vertical.getValue() + chart.chartHeight(), vertical.getMax()));
            if (e.getCode() == KeyCode.PAGE_UP) vertical.setValue(clamp(vertical.getValue() - chart.chartHeight(), vertical.getMax()));
            if (e.getCode() == KeyCode.RIGHT) horizontal.setValue(clamp(horizontal.getValue() + 60, horizontal.getMax()));
            if (e.getCode() == KeyCode.LEFT) horizontal.setValue(clamp(horizontal.getValue() - 60, horizontal.getMax()));
        });
    }

    private Node toolbar() {
        HBox zooms = new HBox();
        zooms.getStyleClass().add("segmented");
        for (Zoom z : Zoom.values()) {
            ToggleButton b = new ToggleButton(z.label());
            b.setUserData(z);
            b.setToggleGroup(zoomGroup);
            b.setId("zoom-" + z.name().toLowerCase());
            b.setSelected(z == Zoom.QUARTER);
            zooms.getChildren().add(b);
        }
        zoomGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) { zoomGroup.selectToggle(was); return; }
            setZoom((Zoom) now.getUserData());
        });
        grouping.getItems().setAll(Grouping.values());
        grouping.setValue(Grouping.REQUIREMENT);
        grouping.setId("timeline-grouping");
        grouping.valueProperty().addListener((o, a, b) -> refresh());
        Button today = new Button("Today");
        today.setOnAction(e -> scrollToDate(session.today()));
        Button export = new Button("Export PNG…");
        export.setId("timeline-export");
        export.setOnAction(e -> chooseAndExport());
        asTable.setId("timeline-as-table");
        asTable.selectedProperty().addListener((o, a, on) -> showAsTable());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        status.getStyleClass().add("wm-muted");
        Label zoomLabel = new Label("Zoom");
        zoomLabel.setLabelFor(zooms);
        Label groupLabel = new Label("Group by");
        groupLabel.setLabelFor(grouping);
        grouping.setAccessibleText("Group by");
        var bar = org.waymark.ui.widgets.Wrapping.row(10, zoomLabel, zooms, groupLabel, grouping, today, export, asTable, gap, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 12, 6, 12));
        for (Node n : bar.getChildren()) if (n instanceof Region r && n != gap && n != status) r.setMinWidth(Region.USE_PREF_SIZE);
        for (Node n : zooms.getChildren()) ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        Node legend = legend();
        HBox.setHgrow(legend, Priority.ALWAYS);   // the legend wraps at the window's width, not at a default 400 px
        HBox second = new HBox(legend);
        second.setPadding(new Insets(0, 12, 8, 12));
        return new javafx.scene.layout.VBox(bar, second);
    }

    private Node legend() {
        var box = org.waymark.ui.widgets.Wrapping.row(12,
                key("wm-legend-today", "Today"), key("wm-legend-deadline", "Warning-notice deadline"),
                key("wm-legend-inspection", "Inspection"), key("wm-legend-board", "Board meeting"), key("wm-legend-regime", "Regime step"),
                new Label("\u25C6 Milestone (filled when done)"), new Label("\u2502 Original due, striped after it: slipped"));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("wm-legend");
        return box;
    }

    private static Node key(String style, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("wm-legend-swatch", style);
        swatch.setMinSize(14, 4);
        swatch.setMaxSize(14, 4);
        Label words = new Label(text);
        words.setMinWidth(Region.USE_PREF_SIZE);
        HBox k = new HBox(5, swatch, words);
        k.setAlignment(Pos.CENTER_LEFT);
        return k;
    }

    @Override public String id() { return "timeline"; }
    @Override public String title() { return "Timeline"; }
    @Override public Node node() { return root; }

    public ReadOnlyBooleanProperty loadingProperty() { return load.loadingProperty(); }

    @Override
    public void refresh() {
        Grouping g = grouping.getValue();
        load.run(() -> TimelineModel.build(session.plan(), session.today(), g), model -> {
            chart.setModel(model);
            chart.setAccessibleText(TimelineTable.sentence(model));
            if (asTable.isSelected()) showAsTable();
            long bars = model.rows().stream().filter(r -> r instanceof TimelineModel.BarRow).count();
            status.setText(bars + " actions in " + (model.rows().size() - bars) + " groups. Click a bar or its label to open the action.");
            updateScrollBars();
            vertical.setValue(0);
            if (firstLoad) {
                firstLoad = false;
                scrollToDate(session.today());
            }
        }, error -> {
            status.setText("The timeline could not be built: " + error.getMessage() + ". Reopen the plan and try again.");
        });
    }

    /** The table alternative to the Gantt: the same actions as rows, in place of the chart while the toggle is on. */
    private void showAsTable() {
        if (!asTable.isSelected() || chart.model() == null) { root.setCenter(chartArea); return; }
        var table = TimelineTable.table(chart.model());
        BorderPane.setMargin(table, new Insets(0, 12, 12, 12));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedIndex() >= 0) {
                String ref = table.getSelectionModel().getSelectedItem().get(0);
                chart.model().rows().stream().filter(r -> r instanceof TimelineModel.BarRow b && b.ref().equals(ref)).findFirst()
                        .ifPresent(r -> nav.openAction(((TimelineModel.BarRow) r).actionId()));
            }
        });
        root.setCenter(table);
    }

    /** Zooms to a time scale, keeping the date at the centre where it was. */
    public void setZoom(Zoom z) {
        LocalDate centre = chart.centreDate();
        chart.setZoom(z);
        zoomGroup.getToggles().stream().filter(t -> t.getUserData() == z).findFirst().ifPresent(zoomGroup::selectToggle);
        updateScrollBars();
        if (centre != null) horizontal.setValue(clamp(chart.scrollXFor(centre) + chart.chartWidth() / 3 - chart.chartWidth() / 2, horizontal.getMax()));
    }

    public void setGrouping(Grouping g) { grouping.setValue(g); }

    public Zoom zoom() { return chart.zoom(); }

    public double pixelsPerDay() { return chart.zoom().pixelsPerDay(); }

    /** The rows as drawn, for tests and the benchmark. */
    public List<TimelineModel.Row> rows() { return chart.model() == null ? List.of() : chart.model().rows(); }

    public void scrollToDate(LocalDate d) {
        if (chart.model() != null) horizontal.setValue(clamp(chart.scrollXFor(d), horizontal.getMax()));
    }

    /** Scrolls to a vertical offset in pixels and draws one frame: what a scroll step costs. */
    public void scrollRowsTo(double y) {
        vertical.setValue(clamp(y, vertical.getMax()));
    }

    public double maxVerticalScroll() { return vertical.getMax(); }

    /** Draws the chart again without any change (the benchmark's frame). */
    public void redrawFrame() { chart.redraw(); }

    private void scrolled() { chart.setScroll(horizontal.getValue(), vertical.getValue()); }

    private void updateScrollBars() {
        vertical.setMax(Math.max(0, chart.contentHeight() - chart.chartHeight()));
        vertical.setVisibleAmount(Math.max(1, chart.chartHeight()));
        vertical.setUnitIncrement(GanttChart.ROW_HEIGHT);
        vertical.setBlockIncrement(Math.max(GanttChart.ROW_HEIGHT, chart.chartHeight() - GanttChart.ROW_HEIGHT));
        horizontal.setMax(Math.max(0, chart.contentWidth() - chart.chartWidth()));
        horizontal.setVisibleAmount(Math.max(1, chart.chartWidth()));
        horizontal.setUnitIncrement(30);
        horizontal.setBlockIncrement(Math.max(30, chart.chartWidth() * 0.8));
        vertical.setValue(clamp(vertical.getValue(), vertical.getMax()));
        horizontal.setValue(clamp(horizontal.getValue(), horizontal.getMax()));
        scrolled();
    }

    private static double clamp(double v, double max) { return Math.max(0, Math.min(max, v)); }

    private void chooseAndExport() {
        Path file = ctx.dialogs().chooseFileToSave("Export the visible timeline", "timeline-" + session.today() + ".png",
                List.of(FileFilter.of("PNG image", "*.png"))).orElse(null);
        if (file == null) return;
        WritableImage image = chart.snapshot(null, null);
        ctx.executor().run("Saving the timeline image…", () -> { write(image, file); return file; },
                f -> status.setText("Exported the visible timeline to " + f),
                e -> status.setText("The image could not be saved: " + e.getMessage() + ". Choose another folder."));
    }

    /** Renders the visible timeline (header, labels and bars, as on screen) to a PNG file. Call on the FX thread. */
    public void exportPng(Path file) {
        write(chart.snapshot(null, null), file);
    }

    private static void write(WritableImage image, Path file) {
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) throw new IOException("No PNG writer");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
