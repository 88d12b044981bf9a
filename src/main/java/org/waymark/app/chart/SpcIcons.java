package org.waymark.app.chart;

import org.waymark.app.chart.ChartCanvas.Anchor;
import org.waymark.app.chart.ChartCanvas.Ink;
import org.waymark.domain.spc.AssuranceIcon;
import org.waymark.domain.spc.VariationIcon;

/**
 * The two Making Data Count icons. Variation is a circle, assurance a rounded square; each carries its letter
 * (C, I, !, N; P, F, ?) and the variation icon an arrow for high or low, so neither relies on colour.
 */
public final class SpcIcons {

    private static final Ink WHITE = new Ink(255, 255, 255);

    private SpcIcons() {}

    public static void variation(ChartCanvas c, double x, double y, double size, VariationIcon icon) {
        c.shape(x, y, size, ChartCanvas.Shape.CIRCLE, ChartStyle.ink(icon.colour()), ChartStyle.ink(icon.colour()), icon.label());
        double shift = icon.arrow() == 0 ? 0 : size * 0.12;
        c.text(x - shift, y + size * 0.17, icon.letter(), size * 0.46, WHITE, Anchor.MIDDLE, true);
        if (icon.arrow() != 0) c.arrow(x + size * 0.24, y, size * 0.26, icon.arrow(), WHITE);
    }

    public static void assurance(ChartCanvas c, double x, double y, double size, AssuranceIcon icon) {
        c.shape(x, y, size, ChartCanvas.Shape.ROUNDED_SQUARE, ChartStyle.ink(icon.colour()), ChartStyle.ink(icon.colour()), icon.label());
        c.text(x, y + size * 0.17, icon.letter(), size * 0.46, WHITE, Anchor.MIDDLE, true);
    }
}
