package org.waymark.app.chart;

import org.waymark.app.chart.ChartCanvas.Ink;
import org.waymark.domain.spc.IconColour;
import org.waymark.domain.spc.PointType;

/** The paints of a chart: text and axes follow the theme; the Making Data Count colours never change. */
public record ChartStyle(Ink text, Ink axis, Ink grid, Ink line, Ink mean, Ink limit, Ink target, Ink background) {

    public static final ChartStyle LIGHT = new ChartStyle(new Ink(0x21, 0x2b, 0x32), new Ink(0x42, 0x55, 0x63), new Ink(0xd8, 0xdd, 0xe0),
            new Ink(0x42, 0x55, 0x63), new Ink(0x21, 0x2b, 0x32), new Ink(0x76, 0x86, 0x92), new Ink(0xda, 0x29, 0x1c), new Ink(0xff, 0xff, 0xff));

    public static final ChartStyle DARK = new ChartStyle(new Ink(0xe8, 0xed, 0xee), new Ink(0xae, 0xb7, 0xbd), new Ink(0x42, 0x55, 0x63),
            new Ink(0xc8, 0xd0, 0xd4), new Ink(0xe8, 0xed, 0xee), new Ink(0xae, 0xb7, 0xbd), new Ink(0xff, 0x6b, 0x5e), new Ink(0x1e, 0x25, 0x2b));

    public static Ink ink(IconColour c) { return new Ink(c.red, c.green, c.blue); }

    public static Ink ink(PointType t) { return ink(IconColour.of(t)); }

    /** Each point type has its own marker shape as well as its colour, so colour is never the only cue. */
    public static ChartCanvas.Shape shape(PointType t) {
        return switch (t) {
            case COMMON_CAUSE -> ChartCanvas.Shape.CIRCLE;
            case IMPROVEMENT -> ChartCanvas.Shape.SQUARE;
            case CONCERN -> ChartCanvas.Shape.DIAMOND;
            case NEITHER -> ChartCanvas.Shape.TRIANGLE;
        };
    }
}
