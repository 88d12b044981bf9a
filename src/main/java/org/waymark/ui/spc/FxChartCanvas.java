package org.waymark.ui.spc;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.control.Tooltip;
import org.waymark.app.chart.ChartCanvas;
import org.waymark.app.chart.ChartStyle;

/**
 * Paints a chart as JavaFX shapes in a pane, so each special-cause point keeps its tooltip. The theme's
 * paints (text, axes, grid, values) become the theme's looked-up colours, so the chart follows light and dark;
 * the Making Data Count colours stay as they are.
 */
final class FxChartCanvas implements ChartCanvas {

    private final Pane pane;
    private final ChartStyle style;

    FxChartCanvas(Pane pane, ChartStyle style) {
        this.pane = pane;
        this.style = style;
    }

    /** The theme colour for one of the style's theme paints, or null for a fixed colour. */
    private String themed(Ink ink) {
        if (ink.equals(style.text()) || ink.equals(style.mean())) return "-color-fg-default";
        if (ink.equals(style.axis()) || ink.equals(style.line()) || ink.equals(style.limit())) return "-color-fg-muted";
        if (ink.equals(style.grid())) return "-color-border-muted";
        if (ink.equals(style.background())) return "-color-bg-default";
        return null;
    }

    private void stroke(javafx.scene.shape.Shape s, Ink ink) {
        String t = themed(ink);
        if (t == null) s.setStroke(Color.rgb(ink.red(), ink.green(), ink.blue()));
        else s.setStyle(s.getStyle() + "-fx-stroke: " + t + ";");
    }

    private void fill(javafx.scene.shape.Shape s, Ink ink) {
        String t = themed(ink);
        if (t == null) s.setFill(Color.rgb(ink.red(), ink.green(), ink.blue()));
        else s.setStyle(s.getStyle() + "-fx-fill: " + t + ";");
    }

    private void add(Node n) {
        n.setMouseTransparent(true);
        pane.getChildren().add(n);
    }

    @Override public void line(double x1, double y1, double x2, double y2, Ink ink, double width, double[] dash) {
        Line l = new Line(x1, y1, x2, y2);
        stroke(l, ink);
        l.setStrokeWidth(width);
        if (dash != null) l.getStrokeDashArray().addAll(dash[0], dash[1]);
        add(l);
    }

    @Override public void polyline(double[] xs, double[] ys, Ink ink, double width) {
        Polyline p = new Polyline();
        for (int i = 0; i < xs.length; i++) p.getPoints().addAll(xs[i], ys[i]);
        stroke(p, ink);
        p.setFill(null);
        p.setStrokeWidth(width);
        add(p);
    }

    @Override public void shape(double x, double y, double size, Shape shape, Ink fillInk, Ink strokeInk, String tooltip) {
        double r = size / 2;
        javafx.scene.shape.Shape s = switch (shape) {
            case CIRCLE -> new Circle(x, y, r);
            case SQUARE -> new Rectangle(x - r, y - r, size, size);
            case ROUNDED_SQUARE -> rounded(x - r, y - r, size);
            case DIAMOND -> new Polygon(x, y - r * 1.2, x + r * 1.2, y, x, y + r * 1.2, x - r * 1.2, y);
            case TRIANGLE -> new Polygon(x, y - r * 1.2, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8);
        };
        fill(s, fillInk);
        stroke(s, strokeInk);
        s.setStrokeWidth(0.8);
        pane.getChildren().add(s);
        if (tooltip == null) {
            s.setMouseTransparent(true);
        } else {
            Tooltip.install(s, new Tooltip(tooltip));
            s.setAccessibleText(tooltip);
        }
    }

    private static Rectangle rounded(double x, double y, double size) {
        Rectangle r = new Rectangle(x, y, size, size);
        r.setArcWidth(size * 0.4);
        r.setArcHeight(size * 0.4);
        return r;
    }

    @Override public void arrow(double x, double y, double size, int direction, Ink ink) {
        double h = size / 2 * direction;
        Polygon p = new Polygon(x, y - h, x + size / 2, y + h, x - size / 2, y + h);
        fill(p, ink);
        add(p);
    }

    @Override public void text(double x, double y, String text, double size, Ink ink, Anchor anchor, boolean bold) {
        Text t = new Text(text);
        t.setFont(Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, size * 1.2));
        fill(t, ink);
        double w = t.getLayoutBounds().getWidth();
        t.setX(anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - w / 2 : x - w);
        t.setY(y);
        t.setTextAlignment(TextAlignment.LEFT);
        add(t);
    }
}
