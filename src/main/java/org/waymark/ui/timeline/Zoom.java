package org.waymark.ui.timeline;

/** The time scale: how many pixels a day takes, so that a month, a quarter or a year is the readable unit. */
public enum Zoom {
    MONTH("Month", 6.0), QUARTER("Quarter", 2.0), YEAR("Year", 0.6);

    private final String label;
    private final double pixelsPerDay;

    Zoom(String label, double pixelsPerDay) { this.label = label; this.pixelsPerDay = pixelsPerDay; }

    public String label() { return label; }

    public double pixelsPerDay() { return pixelsPerDay; }

    @Override public String toString() { return label; }
}
