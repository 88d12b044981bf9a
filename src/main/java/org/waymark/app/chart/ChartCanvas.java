package org.waymark.app.chart;

/**
 * What a chart is drawn on: SVG, a java.awt image, a PDF page or JavaFX nodes. Coordinates are points from
 * the top left, y downwards; each implementation maps them to its own surface. One painter serves them all, so
 * the window, the pack and the command line draw the same chart.
 */
public interface ChartCanvas {

    enum Shape { CIRCLE, SQUARE, DIAMOND, TRIANGLE, ROUNDED_SQUARE }

    enum Anchor { START, MIDDLE, END }

    /** A colour, as 0–255 components. */
    record Ink(int red, int green, int blue) {
        public String hex() { return String.format("#%02x%02x%02x", red, green, blue); }
    }

    void line(double x1, double y1, double x2, double y2, Ink ink, double width, double[] dash);

    void polyline(double[] xs, double[] ys, Ink ink, double width);

    /** A filled shape centred on (x, y); {@code tooltip} is what hovering (or a screen reader) tells, or null. */
    void shape(double x, double y, double size, Shape shape, Ink fill, Ink stroke, String tooltip);

    /** A filled triangle pointing up (+1) or down (−1), for high and low arrows. */
    void arrow(double x, double y, double size, int direction, Ink fill);

    void text(double x, double y, String text, double size, Ink ink, Anchor anchor, boolean bold);
}
