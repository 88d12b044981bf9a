package org.waymark.report.spc;

import org.waymark.app.chart.ChartCanvas;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** A chart on a java.awt image, for PNG output without a window or JavaFX. */
final class AwtCanvas implements ChartCanvas {

    private final Graphics2D g;

    AwtCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    private static Color color(Ink ink) { return new Color(ink.red(), ink.green(), ink.blue()); }

    private void stroke(double width, double[] dash) {
        g.setStroke(dash == null ? new BasicStroke((float) width)
                : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{(float) dash[0], (float) dash[1]}, 0));
    }

    @Override public void line(double x1, double y1, double x2, double y2, Ink ink, double width, double[] dash) {
        g.setColor(color(ink));
        stroke(width, dash);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override public void polyline(double[] xs, double[] ys, Ink ink, double width) {
        if (xs.length < 2) return;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) p.lineTo(xs[i], ys[i]);
        g.setColor(color(ink));
        stroke(width, null);
        g.draw(p);
    }

    @Override public void shape(double x, double y, double size, Shape shape, Ink fill, Ink stroke, String tooltip) {
        double r = size / 2;
        java.awt.Shape s = switch (shape) {
            case CIRCLE -> new Ellipse2D.Double(x - r, y - r, size, size);
            case SQUARE -> new Rectangle2D.Double(x - r, y - r, size, size);
            case ROUNDED_SQUARE -> new RoundRectangle2D.Double(x - r, y - r, size, size, size * 0.4, size * 0.4);
            case DIAMOND -> polygon(new double[]{x, x + r * 1.2, x, x - r * 1.2}, new double[]{y - r * 1.2, y, y + r * 1.2, y});
            case TRIANGLE -> polygon(new double[]{x, x + r * 1.1, x - r * 1.1}, new double[]{y - r * 1.2, y + r * 0.8, y + r * 0.8});
        };
        g.setColor(color(fill));
        g.fill(s);
        g.setColor(color(stroke));
        stroke(0.8, null);
        g.draw(s);
    }

    @Override public void arrow(double x, double y, double size, int direction, Ink fill) {
        double h = size / 2 * direction;
        g.setColor(color(fill));
        g.fill(polygon(new double[]{x, x + size / 2, x - size / 2}, new double[]{y - h, y + h, y + h}));
    }

    @Override public void text(double x, double y, String text, double size, Ink ink, Anchor anchor, boolean bold) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
        double w = g.getFontMetrics().getStringBounds(text, g).getWidth();
        double dx = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
        g.setColor(color(ink));
        g.drawString(text, (float) (x + dx), (float) y);
    }

    private static Path2D polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        return p;
    }
}
