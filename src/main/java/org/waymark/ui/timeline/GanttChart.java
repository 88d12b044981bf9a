package org.waymark.ui.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.waymark.domain.Milestone;
import org.waymark.ui.widgets.BragPalette;
import org.waymark.ui.widgets.Forms;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The Gantt drawn on one Canvas the size of the viewport. Only the rows in view are drawn, so 2,000 rows cost
 * the same per frame as 20. The date header and the label column stay put while the bars scroll under them.
 * Theme colours come from {@link GanttColours}; the date ticks from {@link Zoom}.
 */
final class GanttChart extends Region {

    static final double ROW_HEIGHT = 26;
    static final double HEADER_HEIGHT = 46;
    static final double LABEL_WIDTH = 320;

    private final Canvas canvas = new Canvas();
    private final GanttColours colours = new GanttColours();
    private final Font font = Font.font("System", 12);
    private final Font bold = Font.font("System", FontWeight.BOLD, 12);
    private final FittedText fitted = new FittedText();

    private TimelineModel model;
    private Zoom zoom = Zoom.QUARTER;
    private double scrollX;
    private double scrollY;
    private LongConsumer onOpen = id -> {};

    GanttChart() {
        getStyleClass().add("wm-gantt");
        getChildren().add(canvas);
        getChildren().addAll(colours.probes());
        canvas.setOnMouseClicked(e -> {
            Long id = actionAt(e.getX(), e.getY());
            if (id != null) onOpen.accept(id);
        });
    }

    void setOnOpen(LongConsumer open) { this.onOpen = open; }

    void setModel(TimelineModel m) { this.model = m; redraw(); }

    TimelineModel model() { return model; }

    void setZoom(Zoom z) { this.zoom = z; redraw(); }

    Zoom zoom() { return zoom; }

    void setScroll(double x, double y) { this.scrollX = x; this.scrollY = y; redraw(); }

    double contentWidth() { return model == null ? 0 : ChronoUnit.DAYS.between(model.from(), model.to()) * zoom.pixelsPerDay(); }

    double contentHeight() { return model == null ? 0 : model.rows().size() * ROW_HEIGHT; }

    double chartWidth() { return Math.max(0, getWidth() - LABEL_WIDTH); }

    double chartHeight() { return Math.max(0, getHeight() - HEADER_HEIGHT); }

    double xOf(LocalDate d) { return LABEL_WIDTH + ChronoUnit.DAYS.between(model.from(), d) * zoom.pixelsPerDay() - scrollX; }

    /** The scroll offset that puts a date at the left third of the chart. */
    double scrollXFor(LocalDate d) { return ChronoUnit.DAYS.between(model.from(), d) * zoom.pixelsPerDay() - chartWidth() / 3; }

    /** The date at the horizontal middle of the chart, so a zoom can keep it in place. */
    LocalDate centreDate() {
        if (model == null) return null;
        return model.from().plusDays(Math.round((scrollX + chartWidth() / 2) / zoom.pixelsPerDay()));
    }

    @Override protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    /** Which action's bar (or label) is at this point, if any. */
    Long actionAt(double x, double y) {
        if (model == null || y < HEADER_HEIGHT) return null;
        int index = (int) Math.floor((y - HEADER_HEIGHT + scrollY) / ROW_HEIGHT);
        if (index < 0 || index >= model.rows().size() || !(model.rows().get(index) instanceof TimelineModel.BarRow bar)) return null;
        if (x < LABEL_WIDTH) return bar.actionId();
        double x0 = xOf(bar.barStart()) - 4, x1 = Math.max(xOf(bar.barEnd()), x0 + 10) + 4;
        return x >= x0 && x <= x1 ? bar.actionId() : null;
    }

    /** Draws the visible rows only. */
    void redraw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(background());
        g.fillRect(0, 0, w, h);
        if (model == null || w <= 0 || h <= 0) return;
        List<TimelineModel.Row> rows = model.rows();
        int first = (int) Math.max(0, Math.floor(scrollY / ROW_HEIGHT));
        int last = (int) Math.min(rows.size() - 1, Math.ceil((scrollY + chartHeight()) / ROW_HEIGHT));
        g.setTextBaseline(VPos.CENTER);
        gridLines(g, h);
        for (int i = first; i <= last; i++) {
            double y = HEADER_HEIGHT + i * ROW_HEIGHT - scrollY;
            if (rows.get(i) instanceof TimelineModel.GroupRow group) {
                g.setFill(colours.band());
                g.fillRect(0, y, w, ROW_HEIGHT);
            } else {
                bar(g, (TimelineModel.BarRow) rows.get(i), y);
            }
        }
        markers(g, h);
        for (int i = first; i <= last; i++) label(g, rows.get(i), HEADER_HEIGHT + i * ROW_HEIGHT - scrollY, w);
        header(g, w);
    }

    private Paint background() {
        return getBackground() == null || getBackground().getFills().isEmpty() ? Color.WHITE : getBackground().getFills().get(0).getFill();
    }

    private void bar(GraphicsContext g, TimelineModel.BarRow bar, double y) {
        double x0 = xOf(bar.barStart()), x1 = Math.max(xOf(bar.barEnd()), x0 + 6);
        if (x1 < LABEL_WIDTH || x0 > canvas.getWidth()) return;
        double top = y + 5, height = ROW_HEIGHT - 10;
        Color fill = BragPalette.fill(bar.brag());
        if (bar.slipped()) {
            double xo = xOf(bar.originalDue());
            g.setFill(fill);
            g.fillRect(x0, top, Math.max(0, xo - x0), height);
            // The slipped stretch: same colour, faded and striped, so the delay reads at a glance. One patterned
            // fill, not a line per stripe: drawing stays cheap however long the slip.
            g.setFill(Stripes.of(fill));
            g.fillRect(xo, top, x1 - xo, height);
            g.setStroke(colours.text());
            g.setLineWidth(2);
            g.strokeLine(xo, y + 2, xo, y + ROW_HEIGHT - 2);
        } else {
            g.setFill(fill);
            g.fillRect(x0, top, x1 - x0, height);
            if (bar.originalDue() != null && bar.currentDue() != null && bar.originalDue().isAfter(bar.currentDue())) {
                g.setStroke(colours.text());
                g.setLineWidth(2);
                double xo = xOf(bar.originalDue());
                g.strokeLine(xo, y + 2, xo, y + ROW_HEIGHT - 2);
            }
        }
        g.setFont(bold);
        g.setTextAlign(TextAlignment.LEFT);
        if (x1 - Math.max(x0, LABEL_WIDTH) >= 16) {
            g.setFill(BragPalette.text(bar.brag()));
            g.fillText(bar.brag().letter(), Math.max(x0, LABEL_WIDTH) + 4, y + ROW_HEIGHT / 2);
        } else {
            g.setFill(colours.text());
            g.fillText(bar.brag().letter(), x1 + 4, y + ROW_HEIGHT / 2);
        }
        for (Milestone m : bar.milestones()) {
            if (m.due() == null) continue;
            double mx = xOf(m.due()), my = y + ROW_HEIGHT / 2, r = 6;
            double[] xs = {mx, mx + r, mx, mx - r}, ys = {my - r, my, my + r, my};
            g.setFill(m.done() ? colours.text() : background());
            g.fillPolygon(xs, ys, 4);
            g.setStroke(colours.text());
            g.setLineWidth(1.5);
            g.strokePolygon(xs, ys, 4);
        }
    }

    private void label(GraphicsContext g, TimelineModel.Row row, double y, double w) {
        // No clip: a Canvas clip is rendered through a mask and costs more than the whole frame in software.
        // Group rows have no bar, so their label may run across the chart; an action's title is cut to its column.
        if (row instanceof TimelineModel.GroupRow group) {
            g.setFill(colours.band());
            g.fillRect(0, y, w, ROW_HEIGHT);
            g.setFill(colours.text());
            g.setFont(bold);
            g.fillText(group.label() + "  (" + group.count() + ")", 8, y + ROW_HEIGHT / 2);
            return;
        }
        TimelineModel.BarRow bar = (TimelineModel.BarRow) row;
        g.setFill(background());
        g.fillRect(0, y, LABEL_WIDTH, ROW_HEIGHT);
        g.setFill(colours.text());
        g.setFont(bold);
        g.fillText(bar.ref(), 18, y + ROW_HEIGHT / 2);
        g.setFont(font);
        g.fillText(fitted.fit(bar.title(), font, LABEL_WIDTH - 78 - 8), 78, y + ROW_HEIGHT / 2);
        g.setStroke(colours.line());
        g.setLineWidth(1);
        g.strokeLine(LABEL_WIDTH - 0.5, y, LABEL_WIDTH - 0.5, y + ROW_HEIGHT);
    }

    private void gridLines(GraphicsContext g, double h) {
        g.setStroke(colours.line());
        g.setLineWidth(1);
        for (LocalDate d = zoom.firstTick(model.from()); d.isBefore(model.to()); d = zoom.nextTick(d)) {
            double x = Math.round(xOf(d)) + 0.5;
            if (x < LABEL_WIDTH) continue;
            if (x > canvas.getWidth()) break;
            g.strokeLine(x, HEADER_HEIGHT, x, h);
        }
    }

    private void markers(GraphicsContext g, double h) {
        for (TimelineModel.Marker m : model.markers()) {
            double x = Math.round(xOf(m.date())) + 0.5;
            if (x < LABEL_WIDTH || x > canvas.getWidth()) continue;
            g.setStroke(colours.marker(m.kind()));
            g.setLineWidth(m.kind() == TimelineModel.Marker.Kind.TODAY ? 2 : 1.5);
            g.setLineDashes(m.kind() == TimelineModel.Marker.Kind.BOARD ? new double[]{4, 4} : m.kind() == TimelineModel.Marker.Kind.DEADLINE ? new double[]{8, 3} : null);
            g.strokeLine(x, HEADER_HEIGHT, x, h);
            g.setLineDashes((double[]) null);
        }
    }

    private void header(GraphicsContext g, double w) {
        g.setFill(background());
        g.fillRect(0, 0, w, HEADER_HEIGHT);
        g.setTextAlign(TextAlignment.LEFT);
        // Top band: years. Bottom band: months, quarters or months' initials, by zoom.
        for (LocalDate y = model.from().withDayOfYear(1); y.isBefore(model.to()); y = y.plusYears(1)) {
            double x = xOf(y);
            double next = xOf(y.plusYears(1));
            if (next < LABEL_WIDTH || x > w) continue;
            g.setStroke(colours.line());
            g.strokeLine(Math.round(x) + 0.5, 0, Math.round(x) + 0.5, HEADER_HEIGHT);
            g.setFill(colours.text());
            g.setFont(bold);
            g.fillText(Integer.toString(y.getYear()), Math.max(x, LABEL_WIDTH) + 6, HEADER_HEIGHT * 0.27);
        }
        g.setFont(font);
        for (LocalDate d = zoom.firstTick(model.from()); d.isBefore(model.to()); d = zoom.nextTick(d)) {
            double x = xOf(d), next = xOf(zoom.nextTick(d));
            if (next < LABEL_WIDTH) continue;
            if (x > w) break;
            // A tick scrolled partly under the label column keeps its words at the column's edge, as the year does,
            // while they fit before the next tick; otherwise the corner would leave a stray letter of them.
            String words = zoom.tickLabel(d);
            double at = Math.max(x, LABEL_WIDTH) + 4;
            if (x < LABEL_WIDTH && at + fitted.widthOf(words, font) > next) continue;
            g.setFill(colours.muted());
            g.fillText(words, at, HEADER_HEIGHT * 0.72);
        }
        for (TimelineModel.Marker m : model.markers()) {
            double x = xOf(m.date());
            if (x < LABEL_WIDTH || x > w) continue;
            g.setFill(colours.marker(m.kind()));
            g.fillPolygon(new double[]{x - 5, x + 5, x}, new double[]{HEADER_HEIGHT - 7, HEADER_HEIGHT - 7, HEADER_HEIGHT}, 3);
        }
        regimeWords(g, w);
        // The corner above the labels is painted last, over any header text that scrolled under it.
        g.setFill(background());
        g.fillRect(0, 0, LABEL_WIDTH, HEADER_HEIGHT);
        g.setFill(colours.text());
        g.setFont(bold);
        g.fillText("Action", 18, HEADER_HEIGHT * 0.75);
        g.setStroke(colours.line());
        g.strokeLine(0, HEADER_HEIGHT - 0.5, w, HEADER_HEIGHT - 0.5);
        g.strokeLine(LABEL_WIDTH - 0.5, 0, LABEL_WIDTH - 0.5, HEADER_HEIGHT);
    }

    /**
     * Each regime step's date and words in the header's year band beside its marker, since a step concerns the whole
     * plan and has no row of its own. The words stop short of the next step and of the next year's label, and give way
     * to their own year's label when the step falls just after it.
     */
    private void regimeWords(GraphicsContext g, double w) {
        List<TimelineModel.Marker> steps = model.markers().stream().filter(m -> m.kind() == TimelineModel.Marker.Kind.REGIME).toList();
        g.setFont(font);
        g.setFill(colours.marker(TimelineModel.Marker.Kind.REGIME));
        for (int i = 0; i < steps.size(); i++) {
            LocalDate at = steps.get(i).date();
            double x = xOf(at);
            double next = Math.min(xOf(at.withDayOfYear(1).plusYears(1)), Math.min(x + 420, i + 1 < steps.size() ? xOf(steps.get(i + 1).date()) : x + 420));
            if (x < LABEL_WIDTH || x > w || next - x < 60 || x - xOf(at.withDayOfYear(1)) < 48) continue;
            String words = Forms.date(at) + " " + steps.get(i).label();
            g.fillText(fitted.fit(words, font, next - x - 12), x + 8, HEADER_HEIGHT * 0.27);
        }
    }

}
