package org.waymark.app.chart;

import java.util.Locale;

/** A chart as standalone SVG text; tooltips become {@code <title>} elements, which browsers and readers show. */
public final class SvgCanvas implements ChartCanvas {

    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private final String title;

    public SvgCanvas(double width, double height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    @Override public void line(double x1, double y1, double x2, double y2, Ink ink, double w, double[] dash) {
        body.append(f("<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\" stroke-width=\"%.2f\"%s/>\n",
                x1, y1, x2, y2, ink.hex(), w, dash(dash)));
    }

    @Override public void polyline(double[] xs, double[] ys, Ink ink, double w) {
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < xs.length; i++) pts.append(f("%.2f,%.2f ", xs[i], ys[i]));
        body.append(f("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.2f\"/>\n", pts.toString().trim(), ink.hex(), w));
    }

    @Override public void shape(double x, double y, double size, Shape shape, Ink fill, Ink stroke, String tooltip) {
        double r = size / 2;
        String paint = f(" fill=\"%s\" stroke=\"%s\" stroke-width=\"0.8\"", fill.hex(), stroke.hex());
        String open = switch (shape) {
            case CIRCLE -> f("<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\"%s", x, y, r, paint);
            case SQUARE -> f("<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"%s", x - r, y - r, size, size, paint);
            case ROUNDED_SQUARE -> f("<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" rx=\"%.2f\"%s", x - r, y - r, size, size, size * 0.2, paint);
            case DIAMOND -> f("<polygon points=\"%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f\"%s", x, y - r * 1.2, x + r * 1.2, y, x, y + r * 1.2, x - r * 1.2, y, paint);
            case TRIANGLE -> f("<polygon points=\"%.2f,%.2f %.2f,%.2f %.2f,%.2f\"%s", x, y - r * 1.2, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8, paint);
        };
        body.append(open).append(tooltip == null ? "/>\n" : "><title>" + escape(tooltip) + "</title></" + tag(shape) + ">\n");
    }

    @Override public void arrow(double x, double y, double size, int direction, Ink fill) {
        double h = size / 2 * direction;
        body.append(f("<polygon points=\"%.2f,%.2f %.2f,%.2f %.2f,%.2f\" fill=\"%s\"/>\n", x, y - h, x + size / 2, y + h, x - size / 2, y + h, fill.hex()));
    }

    @Override public void text(double x, double y, String text, double size, Ink ink, Anchor anchor, boolean bold) {
        String a = anchor == Anchor.START ? "start" : anchor == Anchor.MIDDLE ? "middle" : "end";
        body.append(f("<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.1f\" fill=\"%s\" text-anchor=\"%s\"%s>%s</text>\n",
                x, y, size, ink.hex(), a, bold ? " font-weight=\"bold\"" : "", escape(text)));
    }

    /** The whole document. */
    /** The drawing alone, for a page that writes its own {@code <svg>} element (title, description, ids). */
    public String body() { return body.toString(); }

    public String svg() {
        return f("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" "
                + "font-family=\"Arial, Helvetica, sans-serif\">\n<title>%s</title>\n", width, height, width, height, escape(title)) + body + "</svg>\n";
    }

    private static String tag(Shape s) {
        return switch (s) {
            case CIRCLE -> "circle";
            case SQUARE, ROUNDED_SQUARE -> "rect";
            case DIAMOND, TRIANGLE -> "polygon";
        };
    }

    private static String dash(double[] dash) {
        if (dash == null) return "";
        return f(" stroke-dasharray=\"%.1f %.1f\"", dash[0], dash[1]);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String f(String format, Object... args) { return String.format(Locale.ROOT, format, args); }
}
